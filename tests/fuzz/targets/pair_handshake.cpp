// The plaintext messages a pair partner sends before it is authenticated
// (src/net/handshake_message.hpp), and the join code a person types: each
// parser either refuses with a sentence or gives a value that writes back to
// exactly the same bytes; a key share that parses is fed to CPace, which
// must refuse an element that does not decode rather than crash.
#include "fuzz_targets.hpp"

#include "net/cpace.hpp"
#include "net/handshake_message.hpp"
#include "net/join_code.hpp"

#include <variant>

namespace rehearse::fuzz {

int pairHandshake(const std::uint8_t* data, std::size_t size) {
    using namespace rehearse::net;
    const Bytes bytes(data, data + size);

    auto hello = parseHello(bytes);
    if (const Hello* parsed = std::get_if<Hello>(&hello)) {
        if (parsed->version == net::kPairProtocolVersion) {
            check(encodeHello(*parsed) == bytes, "a parsed hello does not write back to its bytes");
            CpaceParty host(bytesOf("crossbow-lantern"), bytesOf("fuzz"), parsed->sid);
            if (auto key = host.sharedPoint(parsed->share)) check(key->size() == kCpacePointBytes, "a short K");
        }
    } else {
        check(!std::get<std::string>(hello).empty(), "a hello refused without a reason");
    }

    auto reply = parseHelloReply(bytes);
    if (const HelloReply* parsed = std::get_if<HelloReply>(&reply)) {
        check(encodeHelloReply(*parsed) == bytes, "a parsed reply does not write back to its bytes");
        check(parsed->status != HelloStatus::VersionMismatch || parsed->version == net::kPairProtocolVersion ||
                  !describeVersionMismatch(parsed->version).empty(),
              "a version mismatch without words");
    } else {
        check(!std::get<std::string>(reply).empty(), "a reply refused without a reason");
    }

    auto confirm = parseConfirm(bytes);
    if (const Confirm* parsed = std::get_if<Confirm>(&confirm))
        check(encodeConfirm(*parsed) == bytes, "a parsed confirmation does not write back to its bytes");

    auto code = parseJoinCode(asText(data, size));
    if (const JoinCode* parsed = std::get_if<JoinCode>(&code)) {
        auto again = parseJoinCode(parsed->text());
        check(std::holds_alternative<JoinCode>(again) && std::get<JoinCode>(again).text() == parsed->text(),
              "a join code does not read back from its own text");
    } else {
        check(!std::get<std::string>(code).empty(), "a join code refused without a reason");
    }
    return 0;
}

}  // namespace rehearse::fuzz
