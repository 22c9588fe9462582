#include "core/numeric/score_text.hpp"
#include "core/authoring/author_lint.hpp"

#include "core/interviewer/clarification_matcher.hpp"
#include "core/interviewer/owner_questions.hpp"
#include "core/scenario/scenario_file_locations.hpp"

#include <cstdio>
#include <filesystem>

namespace rehearse {
namespace {

std::string minutes(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string at(std::initializer_list<std::string> parts) {
    std::string pointer;
    for (const std::string& part : parts) pointer += "/" + part;
    return pointer;
}

void lintAsks(const Scenario& s, const ScenarioFileLocations& file, Diagnostics& out) {
    ClarificationMatcher matcher(s);
    for (std::size_t f = 0; f < s.facts.size(); ++f) {
        const Fact& fact = s.facts[f];
        bool reached = false;
        for (std::size_t a = 0; a < fact.asks.size(); ++a) {
            const std::string& ask = fact.asks[a];
            ClarificationResult result = matcher.match(ask);
            bool answersOwn = false;
            for (const Fact* answered : result.facts) answersOwn = answersOwn || answered == &fact;
            reached = reached || answersOwn;
            if (!result.fact && result.leftOpen) {
                out.push_back(file.at(at({"facts", std::to_string(f), "asks", std::to_string(a)}),
                                      "ask '" + ask + "' of fact '" + fact.id.value + "' is declined as assumption '" +
                                          result.leftOpen->id + "'; reword one of them"));
                continue;
            }
            if (!result.fact || answersOwn) continue;
            // What its own fact scored beside the winner's, to show how close it was.
            double own = 0;
            for (const FactScore& ranked : matcher.rank(ask))
                if (ranked.fact == &fact) own = ranked.score;
            out.push_back(file.at(at({"facts", std::to_string(f), "asks", std::to_string(a)}),
                                  "ask '" + ask + "' of fact '" + fact.id.value + "' is answered by fact '" +
                                      result.fact->id.value + "' (" + scoreText(result.score) + " against " + scoreText(own) +
                                      "); reword it or move it to that fact"));
        }
        // "Finance approved the budget": a candidate asking "who approved the
        // budget?" is declined unless one of the asks is such a question.
        const std::string owner = saysWhoOwns(fact.answer);
        bool asksWho = false;
        for (const std::string& ask : fact.asks) asksWho = asksWho || asksWhoOwns(ask);
        if (!owner.empty() && !asksWho)
            out.push_back(file.at(at({"facts", std::to_string(f), "asks"}),
                                  "fact '" + fact.id.value + "' says who holds something ('" + owner +
                                      "') but none of its asks is a who-question, so 'who ...?' is declined; "
                                      "add one, such as 'who approves it'"));
        if (!reached && !fact.asks.empty())
            out.push_back(file.at(at({"facts", std::to_string(f), "asks"}),
                                  "fact '" + fact.id.value + "' is reached by none of its asks, so only its topic can reach it; "
                                  "write asks with words a candidate would use"));
    }
    for (std::size_t i = 0; i < s.assumptions.size(); ++i) {
        const Assumption& assumption = s.assumptions[i];
        for (std::size_t a = 0; a < assumption.asks.size(); ++a) {
            const std::string& ask = assumption.asks[a];
            const ClarificationResult result = matcher.match(ask);
            if (result.leftOpen == &assumption) continue;
            const std::string what = "ask '" + ask + "' of assumption '" + assumption.id + "' ";
            const std::string fix = "; reword it or drop it";
            std::string message;
            if (result.fact)
                message = what + "is answered by fact '" + result.fact->id.value + "' (" + scoreText(result.score) + ")" + fix;
            else if (result.leftOpen)
                message = what + "gets the reply of assumption '" + result.leftOpen->id + "'" + fix;
            else
                message = what + "gets the general reply, not this assumption's" + fix;
            out.push_back(file.at(at({"assumptions", std::to_string(i), "asks", std::to_string(a)}), message));
        }
    }
}

void lintTriggers(const Scenario& s, const ScenarioFileLocations& file, Diagnostics& out) {
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        const Stage& stage = s.stages[i];
        for (std::size_t k = 0; k < stage.followUps.size(); ++k) {
            const FollowUp& followUp = stage.followUps[k];
            const FollowUpTrigger& trigger = followUp.trigger;
            const std::string triggerAt = at({"stages", std::to_string(i), "follow_ups", std::to_string(k), "trigger"});
            using Kind = FollowUpTrigger::Kind;
            if ((trigger.kind == Kind::Missing || trigger.kind == Kind::Leave) && !trigger.keyPoint.empty()) {
                bool inStage = false;
                for (const KeyPoint& point : stage.keyPoints) inStage = inStage || point.id == trigger.keyPoint;
                if (!inStage)
                    out.push_back(file.at(triggerAt + "/key_point",
                                          "follow-up '" + followUp.id.value + "' waits for key point '" + trigger.keyPoint +
                                              "', which is not a key point of stage '" + stageKindId(stage.kind) +
                                              "'; name one of this stage's key points"));
            }
            if ((trigger.kind == Kind::Time || trigger.kind == Kind::Missing) && trigger.minute >= stage.minutes)
                out.push_back(file.at(triggerAt + "/minute",
                                      "follow-up '" + followUp.id.value + "' fires at minute " + minutes(trigger.minute) +
                                          " but stage '" + stageKindId(stage.kind) + "' lasts " +
                                          minutes(stage.minutes) + " minutes; it would only fire on an overrun"));
        }
    }
}

void lintFileName(const Scenario& s, const ScenarioFileLocations& file, Diagnostics& out) {
    const std::filesystem::path path(s.sourcePath);
    if (path.extension() == ".json" && path.stem().string() != s.id)
        out.push_back(file.at("/id", "the file is named '" + path.filename().string() + "' but its id is '" + s.id +
                                         "'; name it '" + s.id + ".json'"));
}

}  // namespace

Diagnostics lintForAuthors(const std::vector<Scenario>& scenarios, const ScenarioSourceTexts* inMemory) {
    Diagnostics out;
    for (const Scenario& s : scenarios) {
        ScenarioFileLocations file(s.sourcePath, inMemory);
        lintFileName(s, file, out);
        lintAsks(s, file, out);
        lintTriggers(s, file, out);
    }
    return out;
}

void makeUnknownFieldsErrors(Diagnostics& diagnostics) {
    for (Diagnostic& d : diagnostics)
        if (d.severity == Diagnostic::Severity::Warning && d.message.rfind("unknown field '", 0) == 0)
            d.severity = Diagnostic::Severity::Error;
}

}  // namespace rehearse
