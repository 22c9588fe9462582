// Sections, in order: header and totals; time per stage; coverage by rubric
// dimension; coverage per stage
// (covered with evidence, missed with why, pitfalls, the user's notes and the
// reference); probes; clarifying questions; reference answer and diagram;
// self-assessment; in pair practice the scorecards side by side and the
// interviewer's notes.
#include "core/export/debrief_markdown.hpp"

#include "core/interviewer/dimension_coverage.hpp"
#include "core/numeric/checked_conversion.hpp"
#include "core/numeric/percent.hpp"
#include "core/session/duration_format.hpp"
#include "core/store/safe_file.hpp"

#include <cmath>
#include <sstream>

namespace rehearse {

namespace {

// Escapes what would otherwise turn user text into Markdown syntax.
std::string inlineText(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\r') continue;
        if (c == '\n') { out += ' '; continue; }
        if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' ||
            c == '|' || c == '#')
            out += '\\';
        out += c;
    }
    return out;
}

// A multi-line text as a block quote, line breaks kept.
std::string quoteBlock(const std::string& text) {
    std::string out;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out += line.empty() ? ">\n" : "> " + inlineText(line) + "  \n";
    }
    return out;
}

std::string percent(double fraction) {
    return percentText(fraction);
}

const char* weightName(int weight) {
    switch (weight) {
        case 3: return "essential";
        case 2: return "expected";
        default: return "nice to have";
    }
}

const char* probeStateName(Probe::State state) {
    switch (state) {
        case Probe::State::Answered: return "answered";
        case Probe::State::Skipped: return "skipped";
        case Probe::State::Open: return "not answered";
    }
    return "";
}

void writeHeader(std::ostream& out, const Debrief& d) {
    out << "# Debrief: " << inlineText(d.title) << "\n\n";
    out << quoteBlock(d.question) << "\n";
    if (d.scored())
        out << "- **Coverage:** " << percent(d.fraction()) << " (weighted " << d.coveredWeight() << " of "
            << d.totalWeight() << ")\n";
    else
        out << "- **Coverage:** not scored (this copy of the scenario holds no key points)\n";
    out << "- **Time:** " << formatDuration(d.spentSeconds()) << " of " << formatDuration(d.budgetSeconds()) << "\n";
    int answered = 0;
    for (const QuestionRecord& q : d.questions) answered += q.answered();
    out << "- **Clarifying questions:** " << d.questions.size() << " asked, " << answered << " answered from the facts\n";
    out << "- **Probes:** " << d.probes.size() << "\n";
    out << "- **Pitfalls hit:** " << d.pitfalls.size() << "\n\n";
}

void writeTimes(std::ostream& out, const Debrief& d) {
    out << "## Time per stage\n\n| Stage | Spent | Budget | Pace |\n|---|---:|---:|---|\n";
    for (const StageDebrief& s : d.stages) {
        out << "| " << inlineText(s.title) << " | " << formatDuration(s.time.spentSeconds) << " | "
            << formatDuration(s.time.budgetSeconds) << " | "
            << (!s.time.visited ? "not reached" : s.time.overBudget() ? "over budget" : "within budget") << " |\n";
    }
    out << "\n";
}

void writeDimensions(std::ostream& out, const Debrief& d) {
    out << "## Coverage by dimension\n\n| Dimension | Coverage | Key points |\n|---|---:|---:|\n";
    for (const DimensionCoverage& c : coverageByDimension(d)) {
        out << "| " << rubricDimensionName(c.dimension) << " | ";
        if (c.assessed())
            out << percent(c.fraction()) << " (weighted " << c.coveredWeight << " of " << c.totalWeight << ") | "
                << c.coveredKeyPoints << " of " << c.keyPoints << " |\n";
        else
            out << "not assessed | none |\n";
    }
    out << "\n";
}

void writeStage(std::ostream& out, const StageDebrief& s) {
    const StageCoverage& c = s.coverage;
    out << "### " << inlineText(s.title) << ": " << c.coveredCount() << " of " << c.keyPoints.size()
        << " key points (" << percent(c.fraction()) << ")\n\n";
    if (!s.goal.empty()) out << "*Goal:* " << inlineText(s.goal) << "\n\n";
    for (const KeyPointCoverage& point : c.keyPoints) {
        if (!point.covered) continue;
        out << "- [x] " << inlineText(point.text);
        if (const Evidence* e = point.evidence())
            out << " — \"" << inlineText(e->sentence) << "\" (" << describeEvidenceOrigin(*e) << ")";
        out << "\n";
    }
    for (const KeyPointCoverage& point : s.missed()) {
        out << "- [ ] **" << inlineText(point.text) << "** (" << weightName(point.weight) << ") — "
            << inlineText(point.why);
        // What was said that did not count, and why, as the debrief screen shows it.
        if (!point.setAside.empty()) out << " *Not counted:* " << inlineText(point.setAside);
        out << "\n";
    }
    if (!c.keyPoints.empty()) out << "\n";
    for (const PitfallHit& hit : c.pitfalls)
        out << "> **Pitfall:** " << inlineText(hit.text) << " — \"" << inlineText(hit.evidence.sentence) << "\" ("
            << describeEvidenceOrigin(hit.evidence) << ")" << (hit.keyPoint.empty() ? "" : " It cancels a key point.")
            << "\n>\n";
    if (!c.pitfalls.empty()) out << "\n";

    out << "**Your notes**\n\n";
    if (s.notes.find_first_not_of(" \t\r\n") == std::string::npos && s.canvasTexts.empty()) out << "*(none)*\n\n";
    if (s.notes.find_first_not_of(" \t\r\n") != std::string::npos) out << quoteBlock(s.notes) << "\n";
    if (!s.canvasTexts.empty()) {
        out << "On the canvas: ";
        for (std::size_t i = 0; i < s.canvasTexts.size(); ++i) out << (i ? ", " : "") << inlineText(s.canvasTexts[i]);
        out << "\n\n";
    }
    out << "**Reference**\n\n" << quoteBlock(s.reference) << "\n";
}

void writeProbes(std::ostream& out, const Debrief& d) {
    out << "## Probes\n\n";
    if (d.probes.empty()) out << "*No probes were raised.*\n\n";
    for (const ProbeRecord& p : d.probes) {
        out << "- **" << formatDuration(p.raisedAt) << " (" << inlineText(d.stageTitle(p.stage)) << "):** " << inlineText(p.says)
            << "\n";
        if (p.state == Probe::State::Answered) out << "  - You: " << inlineText(p.answer) << "\n";
        else out << "  - *" << probeStateName(p.state) << "*\n";
    }
    out << "\n";
}

void writeQuestions(std::ostream& out, const Debrief& d) {
    out << "## Clarifying questions\n\n";
    if (d.questions.empty()) out << "*No clarifying questions were asked.*\n\n";
    for (const QuestionRecord& q : d.questions) {
        out << "- **" << inlineText(q.question) << "** (" << inlineText(d.stageTitle(q.stage)) << ", " << formatDuration(q.at)
            << ")\n";
        if (q.answered()) out << "  - " << inlineText(q.topic) << ": " << inlineText(q.answer) << "\n";
        else out << "  - *No fact matched: an assumption was needed.*\n";
    }
    if (!d.questions.empty()) out << "\n";
    if (!d.importantNotAsked.empty()) {
        out << "### Important facts not asked\n\n";
        for (const FactRecord& f : d.importantNotAsked)
            out << "- **" << inlineText(f.topic) << ":** " << inlineText(f.answer) << "\n";
        out << "\n";
    }
}

void writeReference(std::ostream& out, const Debrief& d) {
    out << "## Reference answer\n\n" << quoteBlock(d.referenceSummary) << "\n";
    const Diagram& diagram = d.referenceDiagram;
    if (diagram.items.empty()) return;
    out << "### Reference diagram\n\n";
    for (const DiagramItem& item : diagram.items) {
        out << "- " << inlineText(item.label.empty() ? item.id : item.label) << " (" << item.kind;
        if (!item.stage.empty()) out << ", " << item.stage;
        out << ")\n";
    }
    const auto labelOf = [&](const std::string& id) {
        for (const DiagramItem& item : diagram.items)
            if (item.id == id) return item.label.empty() ? item.id : item.label;
        return id;
    };
    if (!diagram.arrows.empty()) out << "\nFlows:\n\n";
    for (const DiagramArrow& arrow : diagram.arrows) {
        out << "- " << inlineText(labelOf(arrow.from)) << " → " << inlineText(labelOf(arrow.to));
        if (!arrow.label.empty()) out << ": " << inlineText(arrow.label);
        out << "\n";
    }
    out << "\n";
}

void writeSelfAssessment(std::ostream& out, const Debrief& d) {
    out << "## Self-assessment\n\n| Dimension | Rating |\n|---|---|\n";
    for (AssessmentDimension dimension : kAssessmentDimensions) {
        const int rating = d.selfAssessment.rating(dimension);
        out << "| " << assessmentDimensionTitle(dimension) << " | " << ratingTitle(rating);
        if (rating > 0) out << " (" << rating << "/" << kMaxRating << ")";
        out << " |\n";
    }
    out << "\n";
    if (d.selfAssessment.notes.find_first_not_of(" \t\r\n") != std::string::npos)
        out << "**Next time**\n\n" << quoteBlock(d.selfAssessment.notes) << "\n";
}

std::string scoreCell(const std::optional<Scorecard>& card, RubricDimension dimension) {
    return card ? scoreLevelTitle(card->score(dimension).level) : "\u2014";
}

std::string advanceCell(const std::optional<Scorecard>& card) {
    if (!card || card->advance == AdvanceVerdict::Undecided) return "\u2014";
    return card->advance == AdvanceVerdict::Yes ? "Yes" : "No";
}

bool hasText(const std::string& text) { return text.find_first_not_of(" \t\r\n") != std::string::npos; }

void writeScorecards(std::ostream& out, const Debrief& d) {
    if (!d.pair) return;
    out << "## Scorecard\n\n";
    const std::string interviewer = hasText(d.pair->interviewerName) ? d.pair->interviewerName : "the interviewer";
    const std::string candidate = hasText(d.pair->candidateName) ? d.pair->candidateName : "the candidate";
    out << "Pair practice: " << inlineText(interviewer) << " interviewed " << inlineText(candidate) << ".";
    // Whose copy: the candidate's holds only what that side saw, then the reveal.
    if (d.pair->keptBy)
        out << " This is " << inlineText(*d.pair->keptBy == PairRole::Candidate ? candidate : interviewer)
            << "'s copy, kept on the " << pairRoleId(*d.pair->keptBy) << "'s side.";
    out << " The candidate scored themselves before seeing the interviewer's scores.\n\n";
    out << "| Dimension | Interviewer | Self |\n|---|---|---|\n";
    for (RubricDimension dimension : kAllRubricDimensions)
        out << "| " << rubricDimensionName(dimension) << " | " << scoreCell(d.interviewerScorecard, dimension) << " | "
            << scoreCell(d.selfScorecard, dimension) << " |\n";
    out << "| Advance to the next round? | " << advanceCell(d.interviewerScorecard) << " | "
        << advanceCell(d.selfScorecard) << " |\n\n";
    if (d.interviewerScorecard) {
        for (RubricDimension dimension : kAllRubricDimensions) {
            const DimensionScore& score = d.interviewerScorecard->score(dimension);
            if (score.level == ScoreLevel::Unscored && !hasText(score.evidence)) continue;
            out << "### " << rubricDimensionName(dimension) << ": " << scoreLevelTitle(score.level) << "\n\n";
            if (score.level != ScoreLevel::Unscored)
                out << "*" << inlineText(scoreLevelAnchor(dimension, score.level)) << "*\n\n";
            if (hasText(score.evidence)) out << "Evidence:\n\n" << quoteBlock(score.evidence) << "\n";
        }
    }
    const auto writeText = [&](const char* title, const std::optional<Scorecard>& card, std::string Scorecard::*field) {
        if (card && hasText((*card).*field)) out << "**" << title << "**\n\n" << quoteBlock((*card).*field) << "\n";
    };
    writeText("Strengths (interviewer)", d.interviewerScorecard, &Scorecard::strengths);
    writeText("Areas to improve (interviewer)", d.interviewerScorecard, &Scorecard::improvements);
    writeText("Strengths (self)", d.selfScorecard, &Scorecard::strengths);
    writeText("Areas to improve (self)", d.selfScorecard, &Scorecard::improvements);
    if (!d.interviewerNotes.empty()) {
        out << "### Interviewer's notes\n\n";
        for (const InterviewerNoteEntry& note : d.interviewerNotes) {
            const std::string stage =
                note.stage.value < d.stages.size() ? d.stages[note.stage.value].title : std::string("?");
            out << "- " << formatDuration(note.clock) << ", " << inlineText(stage) << ": " << inlineText(note.text)
                << "\n";
        }
        out << "\n";
    }
}

}  // namespace

std::string debriefToMarkdown(const Debrief& debrief) {
    std::ostringstream out;
    writeHeader(out, debrief);
    writeTimes(out, debrief);
    writeDimensions(out, debrief);
    out << "## Coverage by stage\n\n";
    for (const StageDebrief& stage : debrief.stages) writeStage(out, stage);
    if (!debrief.unstagedCanvasTexts.empty()) {
        out << "Also on the canvas: ";
        for (std::size_t i = 0; i < debrief.unstagedCanvasTexts.size(); ++i)
            out << (i ? ", " : "") << inlineText(debrief.unstagedCanvasTexts[i]);
        out << "\n\n";
    }
    writeProbes(out, debrief);
    writeQuestions(out, debrief);
    writeReference(out, debrief);
    writeScorecards(out, debrief);
    writeSelfAssessment(out, debrief);
    return out.str();
}

bool writeDebriefMarkdown(const Debrief& debrief, const std::string& path, std::string& error) {
    return writeOutputFile(path, debriefToMarkdown(debrief), error);
}

}  // namespace rehearse
