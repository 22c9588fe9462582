#include "core/interviewer/written_answer.hpp"

#include "core/text/blank_text.hpp"
#include "core/text/stop_words.hpp"
#include "core/text/tokenizer.hpp"

#include <algorithm>

#include <sstream>
#include <string_view>

namespace rehearse {

namespace {

struct StageAlias {
    std::string_view word;
    StageKind stage;
};

const StageAlias kAliases[] = {
    {"clarify", StageKind::Clarify},         {"clarification", StageKind::Clarify},
    {"clarifications", StageKind::Clarify},  {"clarifying", StageKind::Clarify},
    {"requirements", StageKind::Clarify},    {"scope", StageKind::Clarify},
    {"data", StageKind::Data},               {"labels", StageKind::Data},
    {"features", StageKind::Features},       {"feature", StageKind::Features},
    {"models", StageKind::Models},           {"model", StageKind::Models},
    {"modeling", StageKind::Models},         {"modelling", StageKind::Models},
    {"evaluation", StageKind::Evaluation},   {"metrics", StageKind::Evaluation},
    {"deployment", StageKind::Deployment},   {"monitoring", StageKind::Deployment},
    {"serving", StageKind::Deployment},
};

// The heading text of a line that is a heading, else nothing.
std::optional<std::string> headingText(const std::string& line) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) return std::nullopt;
    if (line[start] == '#') {
        while (start < line.size() && line[start] == '#') ++start;
        return line.substr(start);
    }
    // "Models:" alone on a line (a colon and nothing after it).
    std::size_t end = line.find_last_not_of(" \t\r");
    if (end == std::string::npos) return std::nullopt;  // a lone "\r" (a CRLF file's blank line)
    if (line[end] == ':' && line.find(':') == end && end - start <= 40) return line.substr(start, end - start);
    return std::nullopt;
}

}  // namespace

std::optional<StageKind> stageNamedBy(const std::string& heading, const Scenario* scenario) {
    const std::vector<std::string> words = tokenWords(heading);
    // The scenario's own titles first: a heading made of the first content
    // word of a title, or more of it, names that stage.
    if (scenario)
        for (const Stage& stage : scenario->stages) {
            if (stage.title.empty()) continue;
            const std::vector<std::string> titleWords = tokenWords(stage.title);
            const auto first = std::find_if(titleWords.begin(), titleWords.end(),
                                            [](const std::string& w) { return !isStopWord(w); });
            if (first != titleWords.end() && std::find(words.begin(), words.end(), *first) != words.end())
                return stage.kind;
        }
    for (const std::string& word : words)
        for (const StageAlias& alias : kAliases)
            if (word == alias.word) return alias.stage;
    return std::nullopt;
}

std::vector<EvidenceText> evidenceFromWrittenAnswer(const std::string& text, std::optional<StageKind> wholeStage,
                                                    const Scenario* scenario) {
    std::vector<EvidenceText> sections;
    if (wholeStage) {
        if (!isBlank(text)) sections.push_back({EvidenceSource::Written, wholeStage, text, ""});
        return sections;
    }
    EvidenceText current{EvidenceSource::Written, std::nullopt, "", ""};
    const auto flush = [&] {
        if (!isBlank(current.text)) sections.push_back(current);
        current.text.clear();
    };
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (const auto heading = headingText(line)) {
            if (const auto stage = stageNamedBy(*heading, scenario)) {
                flush();
                current.stage = stage;
                current.ref = stageKindId(*stage);
                continue;
            }
        }
        current.text += line;
        current.text += '\n';
    }
    flush();
    return sections;
}

}  // namespace rehearse
