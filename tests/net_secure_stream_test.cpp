// The encrypted stream of one direction (src/net/secure_stream.cpp) refuses
// a tampered, replayed, reordered or foreign message, and the keys and
// verifier come out the same on both sides only for the same ISK.
#include "net/secure_stream.hpp"
#include "net/session_keys.hpp"

#include <catch2/catch.hpp>

using namespace rehearse::net;

TEST_CASE("A sealed stream opens in order and refuses tampered, replayed and reordered messages", "[net][secure]") {
    const Bytes key(32, 9);
    Bytes header;
    SecureSender sender(key, header);
    const Bytes first = sender.seal(bytesOf("one"));
    const Bytes second = sender.seal(bytesOf("two"));
    const Bytes third = sender.seal(bytesOf("three"));

    SecureReceiver receiver(key, header);
    REQUIRE(receiver.open(first));
    CHECK(textOf(*SecureReceiver(key, header).open(first)) == "one");
    SECTION("replayed") { CHECK_FALSE(receiver.open(first)); }
    SECTION("reordered") { CHECK_FALSE(receiver.open(third)); }
    SECTION("tampered, then the stream stays refused") {
        Bytes tampered = second;
        tampered[tampered.size() / 2] ^= 0x01;
        CHECK_FALSE(receiver.open(tampered));
        CHECK_FALSE(receiver.open(second));
    }
    SECTION("another key") {
        SecureReceiver stranger(Bytes(32, 8), header);
        CHECK_FALSE(stranger.open(first));
    }
    SECTION("in order") {
        CHECK(textOf(*receiver.open(second)) == "two");
        CHECK(textOf(*receiver.open(third)) == "three");
    }
}

TEST_CASE("Session keys: each direction its own key, the verifier two code words", "[net][secure]") {
    SessionKeys a = deriveSessionKeys(Bytes(64, 1));
    SessionKeys same = deriveSessionKeys(Bytes(64, 1));
    SessionKeys other = deriveSessionKeys(Bytes(64, 2));
    CHECK(a.joinerToHost != a.hostToJoiner);
    CHECK(a.hostTag != a.joinerTag);
    CHECK(a.verifier == same.verifier);
    CHECK(tagsEqual(a.hostTag, same.hostTag));
    CHECK_FALSE(tagsEqual(a.hostTag, other.hostTag));
    CHECK(a.verifier.find('-') != std::string::npos);
    CHECK(a.sessionId.size() == 16);
    CHECK(a.resumeSecret.size() == 32);
}
