// Progress over attempts, as the history chart reads it: per scenario,
// scored attempts oldest first, stages in interview order, deleted and
// unscored attempts left out.
#include "core/store/progress.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

SessionRecord attempt(SessionRecordId id, const std::string& scenario, std::int64_t created, std::optional<double> total,
                      std::vector<StageScore> stages, bool finished = true) {
    SessionRecord r;
    r.id = id;
    r.scenarioId = scenario;
    r.scenarioTitle = scenario + " title";
    r.createdMs = created;
    r.coverage = total;
    r.stages = std::move(stages);
    if (finished) r.finishedMs = created + 1;
    return r;
}

}  // namespace

TEST_CASE("progress groups scored attempts by scenario, oldest first", "[store][progress]") {
    std::vector<SessionRecord> sessions = {
        // listSessions gives newest first; progress must not depend on it.
        attempt(4, "spam", 400, 0.8, {{"clarify", 3, 3, 60}, {"models", 4, 5, 90}}),
        attempt(3, "video", 300, 0.5, {{"data", 1, 2, 30}}),
        attempt(2, "spam", 200, std::nullopt, {}),  // never scored
        attempt(1, "spam", 100, 0.2, {{"models", 1, 5, 90}, {"clarify", 0, 3, 60}}),
        attempt(5, "spam", 500, 0.9, {{"clarify", 3, 3, 60}}, /*finished=*/false),
    };
    SessionRecord deleted = attempt(6, "spam", 600, 1.0, {});
    deleted.deletedMs = 700;
    sessions.push_back(deleted);

    auto finishedOnly = progressByScenario(sessions, false);
    REQUIRE(finishedOnly.size() == 2);
    const ScenarioProgress& spam = finishedOnly[0];  // its latest attempt is the newest
    CHECK(spam.scenarioId == "spam");
    CHECK(spam.title == "spam title");
    REQUIRE(spam.stageIds == std::vector<std::string>{"clarify", "models"});
    REQUIRE(spam.attempts.size() == 2);
    CHECK(spam.attempts[0].id == 1);
    CHECK(spam.attempts[1].id == 4);
    CHECK(spam.attempts[0].stages[0] == Approx(0.0));
    CHECK(spam.attempts[0].stages[1] == Approx(0.2));
    CHECK(spam.attempts[1].stages[1] == Approx(0.8));
    CHECK(spam.best() == Approx(0.8));
    CHECK(spam.change() == Approx(0.6));
    CHECK(finishedOnly[1].scenarioId == "video");
    CHECK(finishedOnly[1].change() == 0);

    auto withUnfinished = progressByScenario(sessions, true);
    REQUIRE(withUnfinished[0].attempts.size() == 3);
    const ProgressAttempt& last = withUnfinished[0].attempts.back();
    CHECK_FALSE(last.finished);
    CHECK(last.stages[0] == Approx(1.0));
    CHECK_FALSE(last.stages[1]);  // that attempt has no models score
}
