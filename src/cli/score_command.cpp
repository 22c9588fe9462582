// rehearse score SCENARIO [--stage STAGE] FILE: scores a written answer.
// Each key point covered (with the sentence that shows it) or missed (with
// why it matters), pitfalls hit, per stage and weighted total. Markdown
// headings in FILE ("## Data") tie sections to stages; --stage scores the
// whole file against one stage. FILE "-" reads standard input. --json for
// machines. Exit 0 when scored; 1 on a missing scenario, stage or file.
#include "cli/commands.hpp"

#include "core/numeric/checked_conversion.hpp"
#include "core/numeric/percent.hpp"

#include "core/interviewer/coverage.hpp"
#include "core/interviewer/coverage_json.hpp"
#include "core/interviewer/dimension_coverage.hpp"
#include "core/interviewer/written_answer.hpp"
#include "core/json/untrusted_json.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_loader.hpp"
#include "core/store/input_file.hpp"
#include "core/text/terminal_text.hpp"
#include "core/text/utf8.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

namespace rehearse {

namespace {


// The answer as valid UTF-8 (an old editor may have saved it as Latin-1),
// from a regular file or standard input of at most kMaxAnswerFileBytes.
std::optional<std::string> readAnswer(const std::string& path, std::string& error) {
    std::optional<std::string> raw = path == "-"
                                         ? readInputStream(std::cin, kMaxAnswerFileBytes, "standard input", error)
                                         : readInputFile(path, kMaxAnswerFileBytes, error);
    if (!raw) return std::nullopt;
    std::size_t replaced = 0;
    std::string text = repairUtf8(*raw, &replaced);
    if (replaced > 0)
        std::cerr << "rehearse: note: " << terminalText(path == "-" ? "standard input" : path) << " is not UTF-8; "
                  << replaced << " unreadable piece(s) were replaced with U+FFFD\n";
    return text;
}

int percent(double fraction) { return wholePercent(fraction); }

void printReport(const Scenario& scenario, const CoverageReport& report) {
    // Everything quoted here is someone's text (scenario, answer): shown, never obeyed.
    const auto show = [](const std::string& text) { return terminalText(text); };
    std::cout << show(scenario.id) << ": " << show(scenario.title) << "\n";
    for (const StageCoverage& stage : report.stages) {
        std::cout << "\n" << scenario.stageTitle(stage.stage) << ": " << stage.coveredCount() << "/" << stage.keyPoints.size()
                  << " key points, weighted " << stage.coveredWeight() << "/" << stage.totalWeight() << " ("
                  << percent(stage.fraction()) << "%)\n";
        for (const KeyPointCoverage& point : stage.keyPoints) {
            std::cout << "  [" << (point.covered ? "x" : " ") << "] " << show(point.id) << " (w" << point.weight
                      << ")  " << show(point.text) << "\n";
            if (point.covered) {
                if (const Evidence* e = point.evidence())
                    std::cout << "        \"" << show(e->sentence) << "\" (" << show(describeEvidenceOrigin(*e))
                              << ")\n";
            } else {
                if (!point.setAside.empty()) std::cout << "        not counted: " << show(point.setAside) << "\n";
                if (point.conceptsMatched() > 0)
                    std::cout << "        partly: " << point.conceptsMatched() << " of " << point.needs
                              << " concepts needed\n";
                std::cout << "        why: " << show(point.why) << "\n";
            }
        }
        for (const PitfallHit& hit : stage.pitfalls)
            std::cout << "  ! pitfall " << show(hit.id)
                      << (hit.keyPoint.empty() ? std::string() : " (cancels " + show(hit.keyPoint) + ")") << ": "
                      << show(hit.text) << "\n        \"" << show(hit.evidence.sentence) << "\"\n";
    }
    std::cout << "\nBy dimension:\n";
    for (const DimensionCoverage& dimension : coverageByDimension(report)) {
        std::cout << "  " << rubricDimensionName(dimension.dimension) << ": ";
        if (dimension.assessed())
            std::cout << "weighted " << dimension.coveredWeight << "/" << dimension.totalWeight << " ("
                      << percent(dimension.fraction()) << "%)\n";
        else
            std::cout << "no key point\n";
    }
    std::cout << "\nTotal: weighted " << report.coveredWeight() << "/" << report.totalWeight() << " ("
              << percent(report.fraction()) << "%)\n";
}

struct ScoreOptions {
    std::string scenario;
    std::string stage;
    std::string file;
    bool json = false;
};

}  // namespace

void addScoreCommand(CLI::App& app, const CommonOptions& common, CommandResult& result) {
    auto options = std::make_shared<ScoreOptions>();
    CLI::App* cmd = app.add_subcommand("score", "Score a written answer against a scenario's key points");
    cmd->add_option("scenario", options->scenario, "Scenario id or file")->required();
    cmd->add_option("file", options->file, "The written answer (Markdown or text; - for standard input)")
        ->required();
    cmd->add_option("--stage", options->stage, "Score the whole file against this stage only (clarify, data, ...)");
    cmd->add_flag("--json", options->json, "Print the coverage as JSON");
    cmd->callback([&common, &result, options] {
        result.ran = true;
        result.exitCode = 1;
        const std::optional<Scenario> scenario = loadScenarioArgument(options->scenario, common);
        if (!scenario) return;
        std::optional<StageKind> stage;
        if (!options->stage.empty()) {
            stage = stageKindFromId(options->stage);
            if (!stage || !scenario->findStage(*stage)) {
                std::cerr << "rehearse: scenario '" << terminalText(scenario->id) << "' has no stage '"
                          << terminalText(options->stage) << "'\n";
                return;
            }
        }
        std::string error;
        const std::optional<std::string> answer = readAnswer(options->file, error);
        if (!answer) {
            std::cerr << "rehearse: " << terminalText(error) << "\n";
            return;
        }
        CoverageScorer scorer;
        const std::vector<EvidenceText> evidence = evidenceFromWrittenAnswer(*answer, stage, &*scenario);
        const CoverageReport report =
            stage ? scorer.scoreStage(*scenario, *stage, evidence) : scorer.score(*scenario, evidence);
        if (options->json) {
            nlohmann::json out = coverageToJson(report);
            out["scenario"] = scenario->id;
            out["file"] = repairUtf8(options->file);  // a path is bytes; JSON needs UTF-8
            std::cout << dumpJson(out, 2) << "\n";
        } else {
            printReport(*scenario, report);
        }
        result.exitCode = 0;
    });
}

}  // namespace rehearse
