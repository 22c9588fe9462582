// The library filter as a person types into it: what they most likely mean
// comes first, because Enter starts the first scenario shown.
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_search.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

Scenario scenario(const std::string& id, const std::string& title, std::vector<std::string> tags,
                  const std::string& question) {
    Scenario s;
    s.id = id;
    s.title = title;
    s.tags = std::move(tags);
    s.question = question;
    return s;
}

std::vector<std::string> ids(const std::vector<Scenario>& all, const std::vector<std::size_t>& order) {
    std::vector<std::string> out;
    for (std::size_t i : order) out.push_back(all[i].id);
    return out;
}

}  // namespace

TEST_CASE("a title match comes before a tag match, which comes before a question match", "[scenario_search]") {
    const std::vector<Scenario> all = {
        scenario("mentions", "Ad ranking", {"ads"}, "Design a system that also stops fraud."),
        scenario("tagged", "Chargeback review", {"fraud", "payments"}, "Design chargeback review."),
        scenario("titled", "Payment Fraud detection", {"payments"}, "Design payment screening."),
        scenario("other", "Video recommendation", {"ranking"}, "Design a video recommender."),
    };
    CHECK(ids(all, searchScenarios(all, "fraud", {})) == std::vector<std::string>{"titled", "tagged", "mentions"});
    CHECK(ids(all, searchScenarios(all, "  FRAUD ", {})) == std::vector<std::string>{"titled", "tagged", "mentions"});
    CHECK(matchScenario(all[0], "fraud") == ScenarioMatch::Question);
    CHECK(matchScenario(all[3], "fraud") == ScenarioMatch::None);
}

TEST_CASE("an empty filter shows every scenario in library order, narrowed by the chosen tags", "[scenario_search]") {
    const std::vector<Scenario> all = {
        scenario("a", "Ad ranking", {"ads", "ranking"}, "q"),
        scenario("b", "Spam", {"classification"}, "q"),
        scenario("c", "Search ranking", {"ranking"}, "q"),
    };
    CHECK(ids(all, searchScenarios(all, "", {})) == std::vector<std::string>{"a", "b", "c"});
    CHECK(ids(all, searchScenarios(all, "", {"ranking"})) == std::vector<std::string>{"a", "c"});
    CHECK(ids(all, searchScenarios(all, "search", {"ranking"})) == std::vector<std::string>{"c"});
    CHECK(searchScenarios(all, "nothing like this", {}).empty());
}

TEST_CASE("typing fraud in the shipped library puts payment fraud first", "[scenario_search]") {
    ScenarioLibrary library;
    library.load({REHEARSE_SCENARIO_DIR});
    const auto order = searchScenarios(library.scenarios(), "fraud", {});
    REQUIRE_FALSE(order.empty());
    CHECK(library.scenarios()[order.front()].id == "payment-fraud-detection");
}

TEST_CASE("the level filter shows only scenarios pitched at that level", "[scenario_search]") {
    std::vector<Scenario> all = {
        scenario("churn", "Churn prediction", {"classification"}, "Design churn scoring."),
        scenario("eval-platform", "LLM evaluation platform", {"llm"}, "Design an evaluation platform."),
        scenario("fraud", "Payment fraud", {"classification"}, "Design fraud scoring."),
    };
    all[0].level = Level::Mid;
    all[1].level = Level::Staff;
    // all[2] keeps the default: senior.
    CHECK(ids(all, searchScenarios(all, "", {}, Level::Staff)) == std::vector<std::string>{"eval-platform"});
    CHECK(ids(all, searchScenarios(all, "", {}, Level::Senior)) == std::vector<std::string>{"fraud"});
    CHECK(ids(all, searchScenarios(all, "", {"classification"}, Level::Mid)) == std::vector<std::string>{"churn"});
    CHECK(searchScenarios(all, "fraud", {}, Level::Mid).empty());
    CHECK(searchScenarios(all, "", {}).size() == 3);  // no level: every level
}
