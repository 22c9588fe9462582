// Frames, join codes, handshake messages and records (src/net): what the
// peer sends is parsed exactly, and anything else is refused with a sentence.
#include "net/frame.hpp"
#include "net/handshake_message.hpp"
#include "net/join_code.hpp"
#include "net/record.hpp"
#include "net/word_list.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace rehearse::net;

TEST_CASE("Frames survive being split anywhere and a too-long length is refused before its body", "[net][frame]") {
    Bytes stream = encodeFrame(bytesOf("hello"));
    appendBytes(stream, encodeFrame(Bytes{}));
    appendBytes(stream, encodeFrame(Bytes(300, 7)));
    for (std::size_t split = 0; split <= stream.size(); ++split) {
        FrameDecoder decoder;
        decoder.feed(stream.data(), split);
        std::vector<Bytes> frames;
        while (auto frame = decoder.next()) frames.push_back(*frame);
        decoder.feed(stream.data() + split, stream.size() - split);
        while (auto frame = decoder.next()) frames.push_back(*frame);
        REQUIRE(frames.size() == 3);
        CHECK(textOf(frames[0]) == "hello");
        CHECK(frames[1].empty());
        CHECK(frames[2] == Bytes(300, 7));
        CHECK_FALSE(decoder.failed());
    }
    FrameDecoder small;
    Bytes big = encodeFrame(Bytes(kFrameLimitBeforeAuth + 1, 1));
    small.feed(big.data(), 4);  // only the length has arrived
    CHECK_FALSE(small.next());
    CHECK(small.failed());
    CHECK(small.error().find("at most 512") != std::string::npos);
    small.setLimit(kFrameLimitAfterAuth);
    CHECK_FALSE(small.next());  // a failed stream stays failed
}

TEST_CASE("Join codes read aloud and typed back", "[net][code]") {
    std::set<std::string> words(pairWords().begin(), pairWords().end());
    CHECK(words.size() == 256);
    JoinCode code = makeJoinCode(47213);
    auto parsed = parseJoinCode(code.text());
    REQUIRE(std::holds_alternative<JoinCode>(parsed));
    CHECK(std::get<JoinCode>(parsed).text() == code.text());
    CHECK(std::get<JoinCode>(parsed).secret() == code.secret());

    auto typed = parseJoinCode("  7 Crossbow LANTERN ");
    REQUIRE(std::holds_alternative<JoinCode>(typed));
    CHECK(std::get<JoinCode>(typed).text() == "7-crossbow-lantern");
    CHECK(textOf(std::get<JoinCode>(typed).secret()) == "crossbow-lantern");

    CHECK(std::get<std::string>(parseJoinCode("7-crossbow")).find("three parts") != std::string::npos);
    CHECK(std::get<std::string>(parseJoinCode("0-crossbow-lantern")).find("1 to 65535") != std::string::npos);
    CHECK(std::get<std::string>(parseJoinCode("70000-crossbow-lantern")).find("1 to 65535") != std::string::npos);
    CHECK(std::get<std::string>(parseJoinCode("7-crossbow-lanturn")) ==
          "'lanturn' is not one of the code words (did you mean 'lantern'?)");
    CHECK(std::holds_alternative<std::string>(parseJoinCode("7-crossbow-lantern;rm")));
    CHECK(std::holds_alternative<std::string>(parseJoinCode(std::string(500, '1'))));
}

TEST_CASE("Handshake messages round-trip and other versions are answered in words", "[net][handshake]") {
    Hello hello;
    hello.kind = HelloKind::Resume;
    hello.sid = Bytes(kSidBytes, 1);
    hello.share = Bytes(32, 2);
    hello.sessionId = Bytes(kSessionIdBytes, 3);
    auto parsed = parseHello(encodeHello(hello));
    REQUIRE(std::holds_alternative<Hello>(parsed));
    CHECK(std::get<Hello>(parsed).sessionId == hello.sessionId);
    CHECK(std::get<Hello>(parsed).share == hello.share);

    Bytes truncated = encodeHello(hello);
    truncated.pop_back();
    CHECK(std::get<std::string>(parseHello(truncated)).find("wrong size") != std::string::npos);
    CHECK(std::get<std::string>(parseHello(bytesOf("GET / HTTP/1.1\r\n"))).find("not a Rehearse pair partner") !=
          std::string::npos);

    Hello newer = hello;
    newer.version = rehearse::net::kPairProtocolVersion + 1;
    Bytes newerBytes = encodeHello(newer);
    newerBytes.resize(10);  // a newer hello may look like anything after the version
    auto parsedNewer = parseHello(newerBytes);
    REQUIRE(std::holds_alternative<Hello>(parsedNewer));
    CHECK(std::get<Hello>(parsedNewer).version == rehearse::net::kPairProtocolVersion + 1);
    CHECK(describeVersionMismatch(rehearse::net::kPairProtocolVersion + 1).find("too new") != std::string::npos);
    CHECK(describeVersionMismatch(0).find("too old") != std::string::npos);
    CHECK(describeVersionMismatch(rehearse::net::kPairProtocolVersion).empty());

    HelloReply refused;
    refused.version = rehearse::net::kPairProtocolVersion + 1;
    refused.status = HelloStatus::VersionMismatch;
    auto parsedReply = parseHelloReply(encodeHelloReply(refused));
    REQUIRE(std::holds_alternative<HelloReply>(parsedReply));
    CHECK(std::get<HelloReply>(parsedReply).status == HelloStatus::VersionMismatch);
    CHECK(std::holds_alternative<std::string>(parseConfirm(Bytes(10, 0))));
}

TEST_CASE("Records parse exactly and refuse what no sender writes", "[net][record]") {
    Record data{RecordType::Data, 42, bytesOf("payload")};
    auto parsed = parseRecord(encodeRecord(data));
    REQUIRE(std::holds_alternative<Record>(parsed));
    CHECK(std::get<Record>(parsed).seq == 42);
    CHECK(textOf(std::get<Record>(parsed).payload) == "payload");
    Bytes ackWithExtra = encodeRecord(Record{RecordType::Ack, 5, {}});
    ackWithExtra.push_back(0);
    CHECK(std::holds_alternative<std::string>(parseRecord(ackWithExtra)));
    CHECK(std::holds_alternative<std::string>(parseRecord(encodeRecord(Record{RecordType::Data, 0, {}}))));
    CHECK(std::holds_alternative<std::string>(parseRecord(Bytes{9, 0, 0})));
    CHECK(std::holds_alternative<std::string>(parseRecord(Bytes{})));
    CHECK(std::holds_alternative<std::string>(parseRecord(Bytes{1, 0, 0, 0})));
}
