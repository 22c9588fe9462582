// "did you mean": the known name an author most likely meant, or nothing.
#include "core/text/did_you_mean.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

TEST_CASE("did you mean: slips find the name, strangers find nothing", "[text][did-you-mean]") {
    const std::vector<std::string> fields = {"id", "minutes", "title", "key_points", "follow_ups", "pitfalls"};
    CHECK(editDistance("kitten", "sitting") == 3);
    CHECK(editDistance("", "abc") == 3);
    CHECK(editDistance("gdbt", "gbdt") == 1);
    CHECK(closestName("followups", fields) == std::optional<std::string>("follow_ups"));
    CHECK(closestName("Follow-Ups", fields) == std::optional<std::string>("follow_ups"));
    CHECK(closestName("pitfals", fields) == std::optional<std::string>("pitfalls"));
    CHECK(closestName("minuets", fields) == std::optional<std::string>("minutes"));
    CHECK_FALSE(closestName("reference", fields));
    CHECK(closestName("titel", fields) == std::optional<std::string>("title"));  // a swap is one slip
    CHECK_FALSE(closestName("xy", fields));          // two edits from "id" is another word
    CHECK_FALSE(closestName("minutes", fields));     // a known name needs no suggestion
    CHECK_FALSE(closestName(std::string(5000, 'a'), fields));
    CHECK(didYouMean("titel", fields) == " (did you mean 'title'?)");
    CHECK(didYouMean("zzz", fields).empty());
}
