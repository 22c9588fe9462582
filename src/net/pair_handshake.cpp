#include "net/pair_handshake.hpp"

#include "net/cpace.hpp"

#include <sodium.h>

namespace rehearse::net {

namespace {

const Bytes kJoinerAd = bytesOf("joiner");
const Bytes kHostAd = bytesOf("host");

HandshakeResult failure(HandshakeOutcome outcome, std::string message) {
    HandshakeResult result;
    result.outcome = outcome;
    result.message = std::move(message);
    return result;
}

}  // namespace

Bytes pairCustomizationString(std::uint16_t channel) {
    const Bytes name = bytesOf("rehearse pair");
    const Bytes channelText = bytesOf(std::to_string(channel));
    return cpaceLvCat({&name, &channelText});
}

HandshakeResult hostHandshake(FramedSocket& socket, std::uint16_t channel, const Bytes& joinSecret,
                              const Bytes& sessionId, const Bytes& resumeSecret) {
    socket.setFrameLimit(kFrameLimitBeforeAuth);
    auto frame = socket.readFrame();
    if (auto* error = std::get_if<std::string>(&frame)) return failure(HandshakeOutcome::NetworkError, *error);
    auto parsed = parseHello(std::get<Bytes>(frame));
    if (auto* error = std::get_if<std::string>(&parsed)) return failure(HandshakeOutcome::Refused, *error);
    const Hello& hello = std::get<Hello>(parsed);
    std::string ignored;
    auto refuse = [&](HelloStatus status, std::string message) {
        HelloReply reply;
        reply.status = status;
        socket.writeFrame(encodeHelloReply(reply), ignored);
        return failure(HandshakeOutcome::Refused, std::move(message));
    };
    if (hello.version != kPairProtocolVersion)
        return refuse(HelloStatus::VersionMismatch, describeVersionMismatch(hello.version));
    const bool resume = hello.kind == HelloKind::Resume;
    if (!resume && !sessionId.empty())
        return refuse(HelloStatus::NotAccepting, "someone tried to join a session that already has a partner");
    if (resume && (sessionId.empty() || !tagsEqual(hello.sessionId, sessionId)))
        return refuse(HelloStatus::UnknownSession, "a partner tried to resume a session this host does not have");

    CpaceParty party(resume ? resumeSecret : joinSecret, pairCustomizationString(channel), hello.sid);
    std::optional<Bytes> isk = party.intermediateKey(hello.share, kJoinerAd, party.share(), kHostAd, hello.share);
    if (!isk) return failure(resume ? HandshakeOutcome::Refused : HandshakeOutcome::WrongCode,
                             "the partner's key share is not a valid group element");
    HandshakeResult result;
    result.kind = hello.kind;
    result.keys = deriveSessionKeys(*isk);
    sodium_memzero(isk->data(), isk->size());

    HelloReply reply;
    reply.share = party.share();
    reply.tag = result.keys.hostTag;
    result.sender = std::make_unique<SecureSender>(result.keys.hostToJoiner, reply.streamHeader);
    std::string error;
    if (!socket.writeFrame(encodeHelloReply(reply), error)) return failure(HandshakeOutcome::NetworkError, error);

    // From here on the partner has had its one guess: a missing or wrong
    // confirmation means a wrong code, and the caller makes a new one.
    const HandshakeOutcome unconfirmed = resume ? HandshakeOutcome::Refused : HandshakeOutcome::WrongCode;
    auto confirmFrame = socket.readFrame();
    if (auto* readError = std::get_if<std::string>(&confirmFrame))
        return failure(unconfirmed, resume ? "a reconnecting partner left before confirming (" + *readError + ")"
                                           : "someone tried to join with a wrong code (they left without confirming it)");
    auto confirm = parseConfirm(std::get<Bytes>(confirmFrame));
    if (auto* parseError = std::get_if<std::string>(&confirm)) return failure(unconfirmed, *parseError);
    if (!tagsEqual(std::get<Confirm>(confirm).tag, result.keys.joinerTag))
        return failure(unconfirmed, resume ? "a reconnecting partner did not have this session's keys"
                                           : "someone tried to join with a wrong code");
    result.receiver = std::make_unique<SecureReceiver>(result.keys.joinerToHost, std::get<Confirm>(confirm).streamHeader);
    socket.setFrameLimit(kFrameLimitAfterAuth);
    result.outcome = HandshakeOutcome::Ok;
    return result;
}

HandshakeResult joinerHandshake(FramedSocket& socket, std::uint16_t channel, const Bytes& joinSecret,
                                const Bytes& sessionId, const Bytes& resumeSecret) {
    socket.setFrameLimit(kFrameLimitBeforeAuth);
    const bool resume = !sessionId.empty();
    Hello hello;
    hello.kind = resume ? HelloKind::Resume : HelloKind::Join;
    hello.sid.resize(kSidBytes);
    randombytes_buf(hello.sid.data(), hello.sid.size());
    CpaceParty party(resume ? resumeSecret : joinSecret, pairCustomizationString(channel), hello.sid);
    hello.share = party.share();
    hello.sessionId = sessionId;
    std::string error;
    if (!socket.writeFrame(encodeHello(hello), error)) return failure(HandshakeOutcome::NetworkError, error);

    auto frame = socket.readFrame();
    if (auto* readError = std::get_if<std::string>(&frame))
        return failure(HandshakeOutcome::NetworkError, *readError);
    auto parsed = parseHelloReply(std::get<Bytes>(frame));
    if (auto* parseError = std::get_if<std::string>(&parsed)) return failure(HandshakeOutcome::Refused, *parseError);
    const HelloReply& reply = std::get<HelloReply>(parsed);
    switch (reply.status) {
    case HelloStatus::Accepted: break;
    case HelloStatus::VersionMismatch: return failure(HandshakeOutcome::Refused, describeVersionMismatch(reply.version));
    case HelloStatus::UnknownSession:
        return failure(HandshakeOutcome::Refused, "the host no longer has this session");
    case HelloStatus::NotAccepting:
        return failure(HandshakeOutcome::Refused, "the host already has a partner for this code");
    }
    std::optional<Bytes> isk = party.intermediateKey(party.share(), kJoinerAd, reply.share, kHostAd, reply.share);
    if (!isk) return failure(HandshakeOutcome::Refused, "the host's key share is not a valid group element");
    HandshakeResult result;
    result.kind = hello.kind;
    result.keys = deriveSessionKeys(*isk);
    sodium_memzero(isk->data(), isk->size());
    if (!tagsEqual(reply.tag, result.keys.hostTag))
        return failure(HandshakeOutcome::WrongCode,
                       resume ? "the host did not have this session's keys"
                              : "the code is wrong (or the host has made a new one): ask the host for the code on their screen");
    Confirm confirm;
    confirm.tag = result.keys.joinerTag;
    result.sender = std::make_unique<SecureSender>(result.keys.joinerToHost, confirm.streamHeader);
    result.receiver = std::make_unique<SecureReceiver>(result.keys.hostToJoiner, reply.streamHeader);
    if (!socket.writeFrame(encodeConfirm(confirm), error)) return failure(HandshakeOutcome::NetworkError, error);
    socket.setFrameLimit(kFrameLimitAfterAuth);
    result.outcome = HandshakeOutcome::Ok;
    return result;
}

}  // namespace rehearse::net
