// rehearse ask SCENARIO "question": what the interviewer would answer.
// Prints the matched fact's answer, or says that nothing matched (an
// interviewer would ask for an assumption). Exit 0 either way; 1 when the
// scenario cannot be loaded. --json for machines.
#include "cli/commands.hpp"

#include "core/interviewer/clarification_matcher.hpp"
#include "core/interviewer/interviewer.hpp"
#include "core/json/untrusted_json.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/session/session.hpp"
#include "core/text/terminal_text.hpp"
#include "core/text/utf8.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

namespace rehearse {

namespace {

struct AskOptions {
    std::string scenario;
    std::string question;
    bool json = false;
};

}  // namespace

void addAskCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto options = std::make_shared<AskOptions>();
    CLI::App* cmd = app.add_subcommand("ask", "Ask a scenario's interviewer a clarifying question");
    cmd->add_option("scenario", options->scenario, "Scenario id or file")->required();
    cmd->add_option("question", options->question, "The question, in your own words")->required();
    cmd->add_flag("--json", options->json, "Print JSON: matched, facts [{id, topic, answer}], score, closest_ask, declined_because, ranking");
    cmd->callback([&common, &result, options] {
        result.ran = true;
        const std::optional<Scenario> scenario = loadScenarioArgument(options->scenario, common);
        if (!scenario) {
            result.exitCode = 1;
            return;
        }
        // The question may come from a file in another encoding (ask x "$(cat q.txt)").
        const std::string question = repairUtf8(options->question);
        ClarificationMatcher matcher(*scenario);
        const ClarificationResult match = matcher.match(question);
        if (options->json) {
            nlohmann::json out = {{"scenario", scenario->id},
                                  {"question", question},
                                  {"matched", match.matched()},
                                  {"score", match.score},
                                  {"closest_ask", match.closestAsk},
                                  {"fact", nullptr},
                                  {"facts", nlohmann::json::array()},
                                  {"assumption", match.leftOpen ? nlohmann::json(match.leftOpen->id) : nullptr},
                                  {"declined_because", match.matched() ? nlohmann::json(nullptr)
                                                                       : nlohmann::json(match.declinedBecause)},
                                  {"reply", Session::replyTo(*scenario, Interviewer::askAction(question, match))}};
            for (const Fact* fact : match.facts)
                out["facts"].push_back({{"id", fact->id.value}, {"topic", fact->topic}, {"answer", fact->answer}});
            if (match.fact) out["fact"] = out["facts"].front();
            // Every fact's score, best first: the runner-up tells an author
            // how close the question came to a different answer.
            out["ranking"] = nlohmann::json::array();
            for (const FactScore& score : matcher.rank(question))
                out["ranking"].push_back(
                    {{"id", score.fact->id.value}, {"score", score.score}, {"closest_ask", score.closestAsk}});
            std::cout << dumpJson(out, 2) << "\n";
        } else if (match.fact) {
            for (const Fact* fact : match.facts)
                std::cout << terminalText(fact->topic) << ": " << terminalLines(fact->answer) << "\n";
            if (match.leftOpen)
                std::cout << "Left to the candidate (" << terminalText(match.leftOpen->topic)
                          << "): " << terminalLines(match.leftOpen->says) << "\n";
        } else {
            std::cout << "No fact in '" << terminalText(scenario->id) << "' answers that question"
                      << (match.declinedBecause.empty() ? "" : ": " + terminalText(match.declinedBecause)) << ".\n"
                      << "Interviewer: "
                      << terminalLines(Session::replyTo(*scenario, Interviewer::askAction(question, match))) << "\n";
        }
        result.exitCode = 0;
    });
}

}  // namespace rehearse
