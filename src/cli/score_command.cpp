// rehearse score SCENARIO [--stage STAGE] FILE: scores a written answer.
// Each key point covered (with the sentence that shows it) or missed (with
// why it matters), pitfalls hit, per stage and weighted total. Markdown
// headings in FILE ("## Data") tie sections to stages; --stage scores the
// whole file against one stage. FILE "-" reads standard input. --json for
// machines. Exit 0 when scored; 1 on a missing scenario, stage or file.
#include "cli/commands.hpp"

#include "core/interviewer/coverage.hpp"
#include "core/interviewer/coverage_json.hpp"
#include "core/interviewer/written_answer.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

namespace rehearse {

namespace {


std::optional<std::string> readAnswer(const std::string& path) {
    std::ostringstream text;
    if (path == "-") {
        text << std::cin.rdbuf();
        return text.str();
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    text << file.rdbuf();
    return text.str();
}

int percent(double fraction) { return static_cast<int>(std::lround(fraction * 100)); }

void printReport(const Scenario& scenario, const CoverageReport& report) {
    std::cout << scenario.id << ": " << scenario.title << "\n";
    for (const StageCoverage& stage : report.stages) {
        std::cout << "\n" << stageKindTitle(stage.stage) << ": " << stage.coveredCount() << "/" << stage.keyPoints.size()
                  << " key points, weighted " << stage.coveredWeight() << "/" << stage.totalWeight() << " ("
                  << percent(stage.fraction()) << "%)\n";
        for (const KeyPointCoverage& point : stage.keyPoints) {
            std::cout << "  [" << (point.covered ? "x" : " ") << "] " << point.id << " (w" << point.weight << ")  "
                      << point.text << "\n";
            if (point.covered) {
                if (const Evidence* e = point.evidence())
                    std::cout << "        \"" << e->sentence << "\" (" << describeEvidenceOrigin(*e) << ")\n";
            } else {
                if (!point.setAside.empty()) std::cout << "        not counted: " << point.setAside << "\n";
                if (point.conceptsMatched() > 0)
                    std::cout << "        partly: " << point.conceptsMatched() << " of " << point.needs
                              << " concepts needed\n";
                std::cout << "        why: " << point.why << "\n";
            }
        }
        for (const PitfallHit& hit : stage.pitfalls)
            std::cout << "  ! pitfall " << hit.id << (hit.keyPoint.empty() ? "" : " (cancels " + hit.keyPoint + ")")
                      << ": " << hit.text << "\n        \"" << hit.evidence.sentence << "\"\n";
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
                std::cerr << "rehearse: scenario '" << scenario->id << "' has no stage '" << options->stage << "'\n";
                return;
            }
        }
        const std::optional<std::string> answer = readAnswer(options->file);
        if (!answer) {
            std::cerr << "rehearse: cannot read " << options->file << "\n";
            return;
        }
        CoverageScorer scorer;
        const std::vector<EvidenceText> evidence = evidenceFromWrittenAnswer(*answer, stage);
        const CoverageReport report =
            stage ? scorer.scoreStage(*scenario, *stage, evidence) : scorer.score(*scenario, evidence);
        if (options->json) {
            nlohmann::json out = coverageToJson(report);
            out["scenario"] = scenario->id;
            out["file"] = options->file;
            std::cout << out.dump(2) << "\n";
        } else {
            printReport(*scenario, report);
        }
        result.exitCode = 0;
    });
}

}  // namespace rehearse
