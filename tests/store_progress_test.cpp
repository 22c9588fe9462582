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
    r.seconds = 20 * 60;  // a real attempt; the short ones are made so below
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

TEST_CASE("attempts under the minimum of work are left out of progress and counted", "[store][progress]") {
    // A real first attempt, then "--end" (0:00, finished) and a false start
    // (0:13, unfinished): before, the chart read "-92 points since the first".
    SessionRecord real = attempt(1, "fraud", 100, 0.92, {{"clarify", 3, 3, 60}});
    SessionRecord ended = attempt(2, "fraud", 200, 0.0, {{"clarify", 0, 3, 0}});
    ended.seconds = 0;
    SessionRecord falseStart = attempt(3, "fraud", 300, 0.0, {{"clarify", 0, 3, 13}}, /*finished=*/false);
    falseStart.seconds = 13;
    SessionRecord second = attempt(4, "fraud", 400, 0.95, {{"clarify", 3, 3, 60}}, /*finished=*/false);
    second.seconds = kMinimumAttemptSeconds;  // exactly the minimum counts
    const std::vector<SessionRecord> sessions = {real, ended, falseStart, second};

    CHECK_FALSE(countsAsAttempt(ended));
    CHECK_FALSE(countsAsAttempt(falseStart));
    CHECK(countsAsAttempt(second));

    auto all = progressByScenario(sessions, true);
    REQUIRE(all.size() == 1);
    REQUIRE(all[0].attempts.size() == 2);
    CHECK(all[0].attempts[0].id == 1);
    CHECK(all[0].attempts[1].id == 4);
    CHECK(all[0].changeInPoints() == 3);
    CHECK(all[0].tooShort == 2);

    auto finishedOnly = progressByScenario(sessions, false);
    REQUIRE(finishedOnly.size() == 1);
    CHECK(finishedOnly[0].attempts.size() == 1);
    CHECK(finishedOnly[0].tooShort == 1);  // the --end one; the unfinished false start is not asked for
}

TEST_CASE("current is the open session while it is unfinished", "[store][progress]") {
    SessionRecord done = attempt(1, "fraud", 100, 0.9, {});
    SessionRecord going = attempt(2, "fraud", 200, 0.4, {}, /*finished=*/false);
    const std::vector<SessionRecord> sessions = {done, going};
    CHECK(currentAttempt(sessions, std::nullopt) == std::nullopt);
    // Opening a finished session to read its debrief does not make it current.
    CHECK(currentAttempt(sessions, SessionRecordId{1}) == std::nullopt);
    CHECK(currentAttempt(sessions, SessionRecordId{2}) == SessionRecordId{2});
    // A session not stored yet is the one in progress.
    CHECK(currentAttempt(sessions, SessionRecordId{9}) == SessionRecordId{9});
}
