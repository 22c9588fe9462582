#include "core/text/typo_repair.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

TypoRepair knowing(std::initializer_list<const char*> words) {
    TypoRepair repair;
    for (const char* word : words) repair.addKnownWord(word);
    return repair;
}

}  // namespace

TEST_CASE("typo repair: a swapped pair, a doubled letter and a double typed once", "[text][typo]") {
    const TypoRepair repair = knowing({"latency", "around", "embarrassing", "listing"});
    CHECK(repair.repair("latnecy") == std::optional<std::string>("latency"));
    CHECK(repair.repair("lisitng") == std::optional<std::string>("listing"));
    CHECK(repair.repair("arround") == std::optional<std::string>("around"));
    CHECK(repair.repair("embarassing") == std::optional<std::string>("embarrassing"));
}

TEST_CASE("typo repair: known, short, one wrong letter or two known neighbours are left alone", "[text][typo]") {
    const TypoRepair repair = knowing({"latency", "shows", "form", "trial", "trail"});
    CHECK_FALSE(repair.repair("latency"));  // already a word the scenario uses
    CHECK_FALSE(repair.repair("shops"));    // one wrong letter may be another word
    CHECK_FALSE(repair.repair("from"));     // too short to tell
    CHECK_FALSE(repair.repair("trial"));
    const TypoRepair both = knowing({"being", "begin"});
    CHECK_FALSE(both.repair("beign"));  // "being" or "begin"? neither is guessed
}

