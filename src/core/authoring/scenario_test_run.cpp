#include "core/numeric/score_text.hpp"
#include "core/authoring/scenario_test_run.hpp"

#include "core/interviewer/clarification_matcher.hpp"
#include "core/interviewer/coverage.hpp"
#include "core/text/did_you_mean.hpp"
#include "core/text/utf8.hpp"

#include <cstdio>

namespace rehearse {
namespace {

// The entry's words in a message: enough to recognise it, one line.
std::string quoted(const std::string& text) {
    constexpr std::size_t kShown = 70;  // code points
    std::size_t end = 0;
    for (std::size_t shownPoints = 0; end < text.size() && shownPoints < kShown; ++shownPoints)
        end = nextUtf8Boundary(text, end);
    std::string shown = end < text.size() ? text.substr(0, end) + "..." : text;
    for (char& c : shown)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return "\"" + shown + "\"";
}

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "'" : ", '") + id + "'";
    return out;
}

class Runner {
public:
    Runner(const ScenarioTestFile& tests, const Scenario& scenario) : m_tests(tests), m_scenario(scenario) {
        for (const Fact& fact : scenario.facts) m_factIds.push_back(fact.id.value);
        for (const Stage& stage : scenario.stages)
            for (const KeyPoint& point : stage.keyPoints) m_keyPointIds.push_back(point.id);
    }

    ScenarioTestRun run() {
        ClarificationMatcher matcher(m_scenario);
        for (const QuestionTest& test : m_tests.questions) record(checkQuestion(test, matcher), test.at);
        CoverageScorer scorer;
        for (const SentenceTest& test : m_tests.sentences) record(checkSentence(test, scorer), test.at);
        return std::move(m_run);
    }

private:
    void record(bool passed, const EntryPosition&) { (passed ? m_run.passed : m_run.failed) += 1; }

    void fail(const EntryPosition& at, const std::string& message) {
        m_run.failures.push_back({m_tests.path, at.line, at.column, Diagnostic::Severity::Error, message});
    }

    // False (with a failure at the id) when an id names nothing in the scenario.
    bool known(const std::string& id, const std::vector<std::string>& ids, const char* what, const EntryPosition& at) {
        for (const std::string& candidate : ids)
            if (candidate == id) return true;
        fail(at, std::string("unknown ") + what + " '" + id + "' in scenario '" + m_scenario.id + "'" +
                     didYouMean(id, ids));
        return false;
    }

    bool checkQuestion(const QuestionTest& test, ClarificationMatcher& matcher) {
        bool idsKnown = true;
        for (std::size_t i = 0; i < test.facts.size(); ++i)
            idsKnown = known(test.facts[i], m_factIds, "fact", test.factAt[i]) && idsKnown;
        if (!idsKnown) return false;
        ClarificationResult result = matcher.match(test.ask);
        std::vector<std::string> got;
        for (const Fact* fact : result.facts) got.push_back(fact->id.value);
        if (got == test.facts) return true;

        std::string message = "question " + quoted(test.ask);
        if (test.facts.empty()) {
            message += " should get no answer, but reached " + joined(got) + " (score " + scoreText(result.score) + ")";
        } else {
            message += " should reach " + joined(test.facts) + " but ";
            message += got.empty() ? "got no answer" : "reached " + joined(got);
            // What the expected fact scored, so the author sees how far off it is.
            for (const FactScore& ranked : matcher.rank(test.ask))
                if (ranked.fact && ranked.fact->id.value == test.facts.front()) {
                    message += " ('" + test.facts.front() + "' scored " + scoreText(ranked.score) + ", the best " +
                               scoreText(result.score) + ")";
                    break;
                }
        }
        fail(test.at, message);
        return false;
    }

    bool checkSentence(const SentenceTest& test, CoverageScorer& scorer) {
        bool idsKnown = true;
        for (std::size_t i = 0; i < test.covers.size(); ++i)
            idsKnown = known(test.covers[i], m_keyPointIds, "key point", test.coversAt[i]) && idsKnown;
        for (std::size_t i = 0; i < test.doesNotCover.size(); ++i)
            idsKnown = known(test.doesNotCover[i], m_keyPointIds, "key point", test.doesNotCoverAt[i]) && idsKnown;
        if (!idsKnown) return false;

        EvidenceText said;
        said.source = EvidenceSource::Notes;
        said.stage = test.stage;
        said.text = test.text;
        CoverageReport report = scorer.score(m_scenario, {said});
        bool passed = true;
        for (const std::string& id : test.covers) {
            const KeyPointCoverage* point = report.keyPoint(id);
            if (point && point->covered) continue;
            std::string why;
            if (point && !point->cancelledBy.empty()) why = " (cancelled by pitfall '" + point->cancelledBy + "')";
            else if (point && !point->setAside.empty()) why = " (" + point->setAside + ")";
            else if (point && point->conceptsMatched() > 0)
                why = " (" + std::to_string(point->conceptsMatched()) + " of the " + std::to_string(point->needs) +
                      " concepts it needs)";
            fail(test.at, "sentence " + quoted(test.text) + " should cover key point '" + id + "' but does not" + why);
            passed = false;
        }
        if (test.coversNothing)
            for (const StageCoverage& stage : report.stages)
                for (const KeyPointCoverage& point : stage.keyPoints) {
                    if (!point.covered) continue;
                    const Evidence* evidence = point.evidence();
                    fail(test.at, "sentence " + quoted(test.text) + " should cover no key point but covers '" +
                                      point.id + "'" +
                                      (evidence ? " (" + describeMatch(*evidence) + ")" : std::string()));
                    passed = false;
                }
        for (const std::string& id : test.doesNotCover) {
            const KeyPointCoverage* point = report.keyPoint(id);
            if (!point || !point->covered) continue;
            const Evidence* evidence = point->evidence();
            fail(test.at, "sentence " + quoted(test.text) + " should not cover key point '" + id + "' but does" +
                              (evidence ? " (" + describeMatch(*evidence) + ")" : std::string()));
            passed = false;
        }
        return passed;
    }

    const ScenarioTestFile& m_tests;
    const Scenario& m_scenario;
    std::vector<std::string> m_factIds, m_keyPointIds;
    ScenarioTestRun m_run;
};

}  // namespace

ScenarioTestRun runScenarioTests(const ScenarioTestFile& tests, const Scenario& scenario) {
    return Runner(tests, scenario).run();
}

}  // namespace rehearse
