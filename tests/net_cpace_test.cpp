// CPace (src/net/cpace.cpp) against the published test vectors of
// draft-irtf-cfrg-cpace, "Test vector for CPace using group ristretto255 and
// hash SHA-512", and its invalid-input cases.
#include "net/cpace.hpp"

#include <catch2/catch.hpp>

using namespace rehearse::net;

namespace {

Bytes hex(const std::string& text) {
    Bytes out;
    for (std::size_t i = 0; i + 1 < text.size(); i += 2)
        out.push_back(static_cast<std::uint8_t>(std::stoi(text.substr(i, 2), nullptr, 16)));
    return out;
}

std::array<std::uint8_t, kCpaceScalarBytes> scalar(const std::string& text) {
    Bytes bytes = hex(text);
    std::array<std::uint8_t, kCpaceScalarBytes> out{};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

const Bytes kPrs = bytesOf("Password");
const Bytes kCi = hex("0b415f696e69746961746f720b425f726573706f6e646572");
const Bytes kSid = hex("7e4b4791d6a8ef019b936c79fb7f2c57");
const std::string kYa = "da3d23700a9e5699258aef94dc060dfda5ebb61f02a5ea77fad53f4ff0976d08";
const std::string kYb = "d2316b454718c35362d83d69df6320f38578ed5984651435e2949762d900b80d";

}  // namespace

TEST_CASE("CPace string utilities match the draft's vectors", "[net][cpace]") {
    CHECK(toHex(cpacePrependLen(Bytes{})) == "00");
    CHECK(toHex(cpacePrependLen(bytesOf("1234"))) == "0431323334");
    Bytes range128(128);
    for (std::size_t i = 0; i < range128.size(); ++i) range128[i] = static_cast<std::uint8_t>(i);
    CHECK(toHex(cpacePrependLen(range128)).substr(0, 8) == "80010001");
    Bytes range127(range128.begin(), range128.end() - 1);
    CHECK(toHex(cpacePrependLen(range127)).substr(0, 6) == "7f0001");
    const Bytes a = bytesOf("1234"), b = bytesOf("5"), c{}, d = bytesOf("678");
    CHECK(toHex(cpaceLvCat({&a, &b, &c, &d})) == "043132333401350003363738");
    CHECK(toHex(cpaceTranscriptIr(bytesOf("123"), bytesOf("PartyA"), bytesOf("234"), bytesOf("PartyB"))) ==
          "03313233065061727479410332333406506172747942");
}

TEST_CASE("CPace on ristretto255 reproduces the draft's generator, shares, K and ISK", "[net][cpace]") {
    CHECK(toHex(cpaceGeneratorString(kPrs, kCi, kSid)) ==
          "11435061636552697374726574746f3235350850617373776f726464"
          "00000000000000000000000000000000000000000000000000000000"
          "00000000000000000000000000000000000000000000000000000000"
          "00000000000000000000000000000000000000000000000000000000"
          "00000000000000000000000000000000180b415f696e69746961746f"
          "720b425f726573706f6e646572107e4b4791d6a8ef019b936c79fb7f"
          "2c57");
    CHECK(toHex(cpaceGenerator(kPrs, kCi, kSid)) == "222b6b195fe84b1652badb6f6a3ae3d24341e7306967f0b8115b40d5698c7e56");

    CpaceParty a(kPrs, kCi, kSid, scalar(kYa));
    CpaceParty b(kPrs, kCi, kSid, scalar(kYb));
    CHECK(toHex(a.share()) == "d6bac480f2c386c394efc7c47adb9925dcd2630b64f240c50f8d0eec482b9157");
    CHECK(toHex(b.share()) == "3ea7e0b19560d7c0b0f5734f63b955286dfa8232b5ebe63324e2d9e7433f7258");

    const std::string k = "80b69a8a76457ab6a4d7f887a4bf6b55a2f80ac19c333f917a05fc9887c8b40f";
    REQUIRE(a.sharedPoint(b.share()));
    CHECK(toHex(*a.sharedPoint(b.share())) == k);
    REQUIRE(b.sharedPoint(a.share()));
    CHECK(toHex(*b.sharedPoint(a.share())) == k);

    const std::string isk =
        "b69effbf61b51d56401c0f65601abe428de8206feaaf0e32198896dcae7b35cd"
        "2b38950a39dfd5d4a79164614c2984f7daa460b588c1e80c3fa2068af7900447";
    const Bytes ada = bytesOf("ADa"), adb = bytesOf("ADb");
    auto iskA = a.intermediateKey(a.share(), ada, b.share(), adb, b.share());
    auto iskB = b.intermediateKey(a.share(), ada, b.share(), adb, a.share());
    REQUIRE(iskA);
    REQUIRE(iskB);
    CHECK(toHex(*iskA) == isk);
    CHECK(toHex(*iskB) == isk);
}

TEST_CASE("CPace aborts on an element that does not decode and on the identity", "[net][cpace]") {
    CpaceParty party(kPrs, kCi, kSid, scalar("7cd0e075fa7955ba52c02759a6c90dbbfc10e6d40aea8d283e407d88cf538a05"));
    // The draft's valid case: scalar_mult_vfy(s, X).
    CHECK(toHex(*party.sharedPoint(hex("2c3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c"))) ==
          "7c13645fe790a468f62c39beb7388e541d8405d1ade69d1778c5fe3e7f6b600e");
    CHECK_FALSE(party.sharedPoint(hex("2b3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c")));
    CHECK_FALSE(party.sharedPoint(Bytes(32, 0)));
    CHECK_FALSE(party.sharedPoint(Bytes(31, 1)));
    CHECK_FALSE(party.intermediateKey(party.share(), {}, Bytes(32, 0), {}, Bytes(32, 0)));
}

TEST_CASE("CPace gives both sides one key only when their passwords match", "[net][cpace]") {
    CpaceParty a(bytesOf("crossbow-lantern"), kCi, kSid);
    CpaceParty b(bytesOf("crossbow-lantern"), kCi, kSid);
    CpaceParty wrong(bytesOf("crossbow-lentil"), kCi, kSid);
    auto keyA = a.intermediateKey(a.share(), {}, b.share(), {}, b.share());
    auto keyB = b.intermediateKey(a.share(), {}, b.share(), {}, a.share());
    REQUIRE(keyA);
    REQUIRE(keyB);
    CHECK(*keyA == *keyB);
    auto keyWrongA = a.intermediateKey(a.share(), {}, wrong.share(), {}, wrong.share());
    auto keyWrong = wrong.intermediateKey(a.share(), {}, wrong.share(), {}, a.share());
    REQUIRE(keyWrongA);
    REQUIRE(keyWrong);
    CHECK(*keyWrongA != *keyWrong);
}
