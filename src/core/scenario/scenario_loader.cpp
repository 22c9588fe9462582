// Sections: 1. syntax  2. fields, top to bottom  3. cross-references
#include "core/scenario/scenario_loader.hpp"

#include "core/scenario/json_reader.hpp"
#include "core/scenario/scenario_limits.hpp"
#include "core/text/did_you_mean.hpp"
#include "core/text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

namespace rehearse {
namespace {

using json = JsonValue;

// Lower-case words joined by single dashes: "spam-email-detection". Checked
// by hand rather than with std::regex, whose matcher recurses once per
// character and overflows the stack on a long enough id.
bool isScenarioId(const std::string& id) {
    bool wordStart = true;
    for (char c : id) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (c == '-' && !wordStart) wordStart = true;
        else if (alnum) wordStart = false;
        else return false;
    }
    return !id.empty() && !wordStart;
}

// Where an id was first defined (its JSON pointer), to point back at it from
// a duplicate. A pointer, not a line: lines are worked out only for the
// duplicates reported, so a valid file costs no position lookups at all.
using IdTable = std::map<std::string, std::string>;

class ScenarioParser {
public:
    ScenarioParser(const std::string& path, const std::string& text, Diagnostics& diagnostics)
        : m_in(path, text, diagnostics), m_path(path) {}

    Scenario parse(const json& root);

private:
    void readFact(const json& obj, const std::string& at, Fact& fact);
    void readAssumption(const json& obj, const std::string& at, Assumption& assumption);
    void readStage(const json& obj, const std::string& at, Stage& stage);
    void readKeyPoint(const json& obj, const std::string& at, StageKind stage, KeyPoint& point);
    std::optional<Level> readLevel(const json& obj, const std::string& at);
    void readFollowUp(const json& obj, const std::string& at, FollowUp& followUp);
    void readTrigger(const json& obj, const std::string& at, FollowUpTrigger& trigger);
    void readPitfall(const json& obj, const std::string& at, Pitfall& pitfall);
    void readReference(const json& obj, const std::string& at, Scenario& scenario);
    std::string readId(const json& obj, const std::string& at, IdTable& table, const char* what);
    void checkReferences(const Scenario& scenario);

    template <typename T, typename ReadFn>
    std::vector<T> readArray(const json& obj, const std::string& at, const char* name,
                             bool required, ReadFn read) {
        std::vector<T> out;
        const json* list = m_in.field(obj, at, name, required);
        std::string listAt = jsonPointerChild(at, name);
        if (!list || !m_in.isArray(*list, listAt, (std::string("'") + name + "'").c_str())) return out;
        out.reserve(list->size());
        const std::string eachWhat = std::string("each of '") + name + "'";  // once, not per item
        for (std::size_t i = 0; i < list->size(); ++i) {
            std::string itemAt = jsonPointerChild(listAt, i);
            if (!m_in.isObject((*list)[i], itemAt, eachWhat.c_str())) continue;
            out.emplace_back();
            read((*list)[i], itemAt, out.back());
        }
        return out;
    }

    JsonReader m_in;
    std::string m_path;
    IdTable m_factIds, m_keyPointIds, m_followUpIds, m_pitfallIds, m_itemIds, m_arrowIds;
    // References to check once everything is read: (pointer, key point id).
    std::vector<std::pair<std::string, std::string>> m_keyPointRefs;
    std::vector<std::pair<std::string, std::string>> m_itemRefs;
};

// --- 2. fields, top to bottom -------------------------------------------------

Scenario ScenarioParser::parse(const json& root) {
    Scenario s;
    s.sourcePath = m_path;
    if (!m_in.isObject(root, "", "a scenario file")) return s;
    m_in.checkKnownFields(root, "", {"$schema", "format", "id", "title", "question", "difficulty",
                                     "level", "tags", "minutes", "facts", "assumptions", "stages",
                                     "reference"});

    s.format = m_in.integer(root, "", "format", true, 1, 1, 1000);
    if (root.contains("format") && root["format"].is_number_integer() && s.format != 1)
        m_in.error("/format", "unsupported format " + std::to_string(s.format) +
                                  "; this version of Rehearse reads format 1");
    s.id = m_in.string(root, "", "id");
    if (!s.id.empty() && !isScenarioId(s.id))
        m_in.error("/id", "'id' must be lower-case words joined by '-', like 'spam-email-detection'");
    s.title = m_in.string(root, "", "title");
    s.question = m_in.string(root, "", "question");
    std::string difficulty = m_in.string(root, "", "difficulty");
    if (!difficulty.empty()) {
        if (auto d = difficultyFromId(difficulty)) s.difficulty = *d;
        else m_in.error("/difficulty", "'difficulty' must be easy, medium or hard, not '" + difficulty + "'");
    }
    if (auto level = readLevel(root, "")) s.level = *level;
    s.tags = m_in.strings(root, "", "tags", true, 0);
    s.minutes = m_in.number(root, "", "minutes", true, 45, 1);

    s.facts = readArray<Fact>(root, "", "facts", true,
                              [this](const json& o, const std::string& at, Fact& f) { readFact(o, at, f); });
    s.assumptions = readArray<Assumption>(
        root, "", "assumptions", false,
        [this](const json& o, const std::string& at, Assumption& a) { readAssumption(o, at, a); });
    s.stages = readArray<Stage>(root, "", "stages", true,
                                [this](const json& o, const std::string& at, Stage& st) { readStage(o, at, st); });
    if (root.contains("stages") && root["stages"].is_array() && root["stages"].empty())
        m_in.error("/stages", "a scenario needs at least one stage");
    if (const json* ref = m_in.field(root, "", "reference", true))
        if (m_in.isObject(*ref, "/reference", "'reference'")) readReference(*ref, "/reference", s);

    checkReferences(s);
    return s;
}

std::string ScenarioParser::readId(const json& obj, const std::string& at, IdTable& table,
                                   const char* what) {
    std::string id = m_in.string(obj, at, "id");
    if (id.empty()) return id;
    std::string idAt = jsonPointerChild(at, "id");
    auto [it, inserted] = table.emplace(id, idAt);
    if (!inserted)
        m_in.error(idAt, std::string("duplicate ") + what + " id '" + id + "' (first defined at line " +
                             std::to_string(m_in.positionOf(it->second).line) + ")");
    return id;
}

void ScenarioParser::readFact(const json& obj, const std::string& at, Fact& fact) {
    m_in.checkKnownFields(obj, at, {"id", "topic", "asks", "answer", "important"});
    fact.id = FactId(readId(obj, at, m_factIds, "fact"));
    fact.topic = m_in.string(obj, at, "topic");
    fact.asks = m_in.strings(obj, at, "asks", true, 1);
    fact.answer = m_in.string(obj, at, "answer");
    fact.important = m_in.boolean(obj, at, "important", false);
}

void ScenarioParser::readAssumption(const json& obj, const std::string& at, Assumption& assumption) {
    m_in.checkKnownFields(obj, at, {"id", "topic", "asks", "says"});
    // One table with the facts: a question's answer names either, never both.
    assumption.id = readId(obj, at, m_factIds, "fact or assumption");
    assumption.topic = m_in.string(obj, at, "topic");
    assumption.asks = m_in.strings(obj, at, "asks", true, 1);
    assumption.says = m_in.string(obj, at, "says");
}

void ScenarioParser::readStage(const json& obj, const std::string& at, Stage& stage) {
    m_in.checkKnownFields(obj, at, {"id", "title", "minutes", "goal", "guidance", "key_points", "follow_ups",
                                    "pitfalls", "reference"});
    std::string id = m_in.string(obj, at, "id");
    if (!id.empty()) {
        if (auto kind = stageKindFromId(id)) stage.kind = *kind;
        else
            m_in.error(jsonPointerChild(at, "id"),
                       "unknown stage id '" + id +
                           "' (expected clarify, data, features, models, evaluation or deployment)");
    }
    stage.title = m_in.string(obj, at, "title", false);
    // The stepper gives each stage a sixth of the window: longer titles are cut off there.
    if (utf8Length(stage.title) > kMaxStageTitleLength)
        m_in.error(jsonPointerChild(at, "title"), "a stage title may be at most " +
                                                      std::to_string(kMaxStageTitleLength) + " characters, not " +
                                                      std::to_string(utf8Length(stage.title)));
    stage.minutes = m_in.number(obj, at, "minutes", true, 5, 0.5);
    stage.goal = m_in.string(obj, at, "goal");
    stage.guidance = m_in.string(obj, at, "guidance");
    stage.reference = m_in.string(obj, at, "reference");
    stage.keyPoints = readArray<KeyPoint>(
        obj, at, "key_points", true,
        [this, &stage](const json& o, const std::string& a, KeyPoint& k) { readKeyPoint(o, a, stage.kind, k); });
    stage.followUps = readArray<FollowUp>(obj, at, "follow_ups", false,
                                          [this](const json& o, const std::string& a, FollowUp& f) { readFollowUp(o, a, f); });
    stage.pitfalls = readArray<Pitfall>(obj, at, "pitfalls", false,
                                        [this](const json& o, const std::string& a, Pitfall& p) { readPitfall(o, a, p); });
}

void ScenarioParser::readKeyPoint(const json& obj, const std::string& at, StageKind stage, KeyPoint& point) {
    m_in.checkKnownFields(obj, at, {"id", "text", "why", "concepts", "needs", "weight", "dimension", "examples"});
    point.id = readId(obj, at, m_keyPointIds, "key point");
    point.text = m_in.string(obj, at, "text");
    point.why = m_in.string(obj, at, "why");
    point.concepts = m_in.stringLists(obj, at, "concepts", true);
    point.needs = m_in.integer(obj, at, "needs", false, 1, 1, 100);
    point.weight = m_in.integer(obj, at, "weight", false, 1, 1, 3);
    point.examples = m_in.strings(obj, at, "examples", false, 0);
    // Only a point that shows another skill than its stage's names one.
    point.dimension = defaultRubricDimension(stage);
    std::string dimension = m_in.string(obj, at, "dimension", false);
    if (obj.contains("dimension") && obj["dimension"].is_string()) {
        if (auto d = rubricDimensionFromId(dimension)) point.dimension = *d;
        else
            m_in.error(jsonPointerChild(at, "dimension"),
                       "unknown dimension '" + dimension +
                           "' (expected problem, data, modelling, evaluation or communication)" +
                           didYouMean(dimension, rubricDimensionIds()));
    }
    if (!point.concepts.empty() && point.needs > static_cast<int>(point.concepts.size()))
        m_in.error(jsonPointerChild(at, "needs"),
                   "'needs' is " + std::to_string(point.needs) + " but the key point has only " +
                       std::to_string(point.concepts.size()) + " concept(s)");
}

void ScenarioParser::readFollowUp(const json& obj, const std::string& at, FollowUp& followUp) {
    m_in.checkKnownFields(obj, at, {"id", "says", "trigger", "priority", "key_point", "level"});
    followUp.id = FollowUpId(readId(obj, at, m_followUpIds, "follow-up"));
    followUp.says = m_in.string(obj, at, "says");
    followUp.priority = m_in.integer(obj, at, "priority", false, 2, 1, 3);
    followUp.keyPoint = m_in.string(obj, at, "key_point", false);
    followUp.level = readLevel(obj, at);
    if (!followUp.keyPoint.empty()) m_keyPointRefs.emplace_back(jsonPointerChild(at, "key_point"), followUp.keyPoint);
    if (const json* trigger = m_in.field(obj, at, "trigger", true)) {
        std::string triggerAt = jsonPointerChild(at, "trigger");
        if (m_in.isObject(*trigger, triggerAt, "'trigger'")) readTrigger(*trigger, triggerAt, followUp.trigger);
    }
}

// An optional "level": mid, senior or staff.
std::optional<Level> ScenarioParser::readLevel(const json& obj, const std::string& at) {
    std::string id = m_in.string(obj, at, "level", false);
    if (!obj.contains("level") || !obj["level"].is_string()) return std::nullopt;
    if (auto level = levelFromId(id)) return level;
    m_in.error(jsonPointerChild(at, "level"), "unknown level '" + id + "' (expected mid, senior or staff)" +
                                                  didYouMean(id, {"mid", "senior", "staff"}));
    return std::nullopt;
}

void ScenarioParser::readTrigger(const json& obj, const std::string& at, FollowUpTrigger& trigger) {
    using Kind = FollowUpTrigger::Kind;
    std::string on = m_in.string(obj, at, "on");
    if (on.empty()) return;
    if (on == "enter") {
        trigger.kind = Kind::Enter;
        m_in.checkKnownFields(obj, at, {"on"});
    } else if (on == "time") {
        trigger.kind = Kind::Time;
        m_in.checkKnownFields(obj, at, {"on", "minute"});
        trigger.minute = m_in.number(obj, at, "minute", true, 0, 0);
    } else if (on == "mention") {
        trigger.kind = Kind::Mention;
        m_in.checkKnownFields(obj, at, {"on", "concepts"});
        trigger.concepts = m_in.stringLists(obj, at, "concepts", true);
    } else if (on == "missing" || on == "leave") {
        trigger.kind = on == "missing" ? Kind::Missing : Kind::Leave;
        if (trigger.kind == Kind::Missing) {
            m_in.checkKnownFields(obj, at, {"on", "key_point", "minute"});
            trigger.minute = m_in.number(obj, at, "minute", true, 0, 0);
        } else {
            m_in.checkKnownFields(obj, at, {"on", "key_point"});
        }
        trigger.keyPoint = m_in.string(obj, at, "key_point");
        if (!trigger.keyPoint.empty()) m_keyPointRefs.emplace_back(jsonPointerChild(at, "key_point"), trigger.keyPoint);
    } else {
        m_in.error(jsonPointerChild(at, "on"),
                   "unknown trigger '" + on + "' (expected enter, time, mention, missing or leave)");
    }
}

void ScenarioParser::readPitfall(const json& obj, const std::string& at, Pitfall& pitfall) {
    m_in.checkKnownFields(obj, at, {"id", "text", "signs", "key_point"});
    pitfall.id = readId(obj, at, m_pitfallIds, "pitfall");
    pitfall.text = m_in.string(obj, at, "text");
    pitfall.signs = m_in.stringLists(obj, at, "signs", false);
    pitfall.keyPoint = m_in.string(obj, at, "key_point", false);
    if (!pitfall.keyPoint.empty()) m_keyPointRefs.emplace_back(jsonPointerChild(at, "key_point"), pitfall.keyPoint);
}

void ScenarioParser::readReference(const json& obj, const std::string& at, Scenario& scenario) {
    m_in.checkKnownFields(obj, at, {"summary", "diagram"});
    scenario.referenceSummary = m_in.string(obj, at, "summary");
    const json* diagram = m_in.field(obj, at, "diagram", true);
    std::string diagramAt = jsonPointerChild(at, "diagram");
    if (!diagram || !m_in.isObject(*diagram, diagramAt, "'diagram'")) return;
    m_in.checkKnownFields(*diagram, diagramAt, {"items", "arrows"});

    scenario.referenceDiagram.items = readArray<DiagramItem>(
        *diagram, diagramAt, "items", true, [this](const json& o, const std::string& a, DiagramItem& item) {
            m_in.checkKnownFields(o, a, {"id", "kind", "label", "x", "y", "w", "h", "stage"});
            item.id = readId(o, a, m_itemIds, "diagram item");
            item.kind = m_in.string(o, a, "kind");
            if (!item.kind.empty() && !isDiagramItemKind(item.kind))
                m_in.error(jsonPointerChild(a, "kind"), "unknown item kind '" + item.kind + "'");
            item.label = m_in.string(o, a, "label", false);
            item.x = m_in.number(o, a, "x", true, 0, -1e6);
            item.y = m_in.number(o, a, "y", true, 0, -1e6);
            item.w = m_in.number(o, a, "w", false, 0, 0);
            item.h = m_in.number(o, a, "h", false, 0, 0);
            item.stage = m_in.string(o, a, "stage", false);
            if (!item.stage.empty() && !stageKindFromId(item.stage))
                m_in.error(jsonPointerChild(a, "stage"), "unknown stage id '" + item.stage + "'");
        });
    scenario.referenceDiagram.arrows = readArray<DiagramArrow>(
        *diagram, diagramAt, "arrows", false, [this](const json& o, const std::string& a, DiagramArrow& arrow) {
            m_in.checkKnownFields(o, a, {"id", "from", "to", "label"});
            arrow.id = readId(o, a, m_arrowIds, "diagram arrow");
            arrow.from = m_in.string(o, a, "from");
            arrow.to = m_in.string(o, a, "to");
            arrow.label = m_in.string(o, a, "label", false);
            if (!arrow.from.empty()) m_itemRefs.emplace_back(jsonPointerChild(a, "from"), arrow.from);
            if (!arrow.to.empty()) m_itemRefs.emplace_back(jsonPointerChild(a, "to"), arrow.to);
        });
}

// --- 3. cross-references --------------------------------------------------------

void ScenarioParser::checkReferences(const Scenario& s) {
    auto idsOf = [](const IdTable& table) {
        std::vector<std::string> ids;
        for (const auto& entry : table) ids.push_back(entry.first);
        return ids;
    };
    for (const auto& [at, id] : m_keyPointRefs)
        if (!m_keyPointIds.count(id))
            m_in.error(at, "unknown key point '" + id + "'" + didYouMean(id, idsOf(m_keyPointIds)));
    for (const auto& [at, id] : m_itemRefs)
        if (!m_itemIds.count(id)) m_in.error(at, "unknown diagram item '" + id + "'" + didYouMean(id, idsOf(m_itemIds)));

    // Stages: known ids, each once, in the fixed order.
    int previous = -1;
    double total = 0;
    for (std::size_t i = 0; i < s.stages.size(); ++i) {
        total += s.stages[i].minutes;
        int order = static_cast<int>(s.stages[i].kind);
        std::string at = jsonPointerChild(jsonPointerChild("/stages", i), "id");
        if (order == previous)
            m_in.error(at, std::string("stage '") + stageKindId(s.stages[i].kind) + "' appears twice");
        else if (order < previous)
            m_in.error(at, std::string("stage '") + stageKindId(s.stages[i].kind) + "' must come before '" +
                               stageKindId(static_cast<StageKind>(previous)) +
                               "' (order: clarify, data, features, models, evaluation, deployment)");
        previous = std::max(previous, order);
    }
    if (!s.stages.empty() && std::abs(total - s.minutes) > 0.01) {
        std::ostringstream msg;
        msg << "stage minutes add up to " << total << " but 'minutes' is " << s.minutes;
        m_in.error("/minutes", msg.str());
    }
}

// --- 1. syntax --------------------------------------------------------------------

// nlohmann's messages read "[json.exception.parse_error.101] parse error at
// line 3, column 5: syntax error while parsing ..."; keep only the part after
// the position, which we print in the standard form instead.
std::string syntaxMessage(const std::string& what) {
    std::size_t colon = what.find(": ");
    std::string rest = colon == std::string::npos ? what : what.substr(colon + 2);
    return "invalid JSON: " + rest;
}

// nlohmann reports the position just past the token it choked on; an author
// wants the token's start. `byte` is 1-based.
std::size_t startOfLastToken(const std::string& text, std::size_t byte) {
    if (byte == 0 || text.empty()) return 0;
    std::size_t pos = std::min(byte, text.size()) - 1;
    if (text[pos] == '"') {
        // Back to the opening quote of a string token.
        for (std::size_t i = pos; i-- > 0;)
            if (text[i] == '"' && (i == 0 || text[i - 1] != '\\')) return i;
        return pos;
    }
    while (pos > 0 && std::isalnum(static_cast<unsigned char>(text[pos - 1])) &&
           std::isalnum(static_cast<unsigned char>(text[pos])))
        --pos;
    return pos;
}

TextPosition positionOfByte(const std::string& text, std::size_t offset) {
    return JsonLocator(text).positionOfOffset(offset);
}

// A file far larger than any scenario (the shipped ones are under 100 KB)
// grows the parser's buffers to a few times its size: they are freed once
// it is read rather than kept for the life of the thread.
struct KeepOnlyUsualBuffers {
    JsonDocument& document;
    ~KeepOnlyUsualBuffers() {
        if (document.capacity() > 1024 * 1024) document.releaseMemory();
    }
};

}  // namespace

bool isDiagramItemKind(const std::string& kind) {
    static const char* const kinds[] = {"box", "text", "note", "user", "data_source", "event_stream",
                                        "batch_job", "feature_store", "training_job", "model_registry",
                                        "model", "online_service", "cache", "database", "ab_test",
                                        "monitoring"};
    for (const char* k : kinds)
        if (kind == k) return true;
    return false;
}

ScenarioLoadResult loadScenarioFromText(const std::string& text, const std::string& path) {
    ScenarioLoadResult result;
    // Limits first: past them even parsing could take too long or too deep.
    if (auto violation = findLimitViolation(text)) {
        TextPosition p = violation->offset ? positionOfByte(text, *violation->offset) : TextPosition{0, 0};
        result.diagnostics.push_back({path, p.line, p.column, Diagnostic::Severity::Error, violation->message});
        return result;
    }
    // One document per thread, kept: its parser's buffers serve the next
    // file instead of being allocated and freed for each one.
    thread_local JsonDocument document;
    const KeepOnlyUsualBuffers keep{document};
    const json* root = nullptr;
    try {
        root = &document.parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        TextPosition p = positionOfByte(text, startOfLastToken(text, e.byte));
        result.diagnostics.push_back({path, p.line, p.column, Diagnostic::Severity::Error, syntaxMessage(e.what())});
        return result;
    } catch (const nlohmann::json::exception& e) {
        // Valid syntax the parser still refuses, such as a number too large
        // for a double; its message quotes the token, which finds the place.
        std::string what = e.what();
        std::size_t quote = what.find('\'');
        std::size_t end = what.rfind('\'');
        std::size_t at = 0;
        if (quote != std::string::npos && end > quote) at = text.find(what.substr(quote + 1, end - quote - 1));
        TextPosition p = positionOfByte(text, at == std::string::npos ? 0 : at);
        result.diagnostics.push_back({path, p.line, p.column, Diagnostic::Severity::Error, syntaxMessage(what)});
        return result;
    }
    ScenarioParser parser(path, text, result.diagnostics);
    Scenario scenario = parser.parse(*root);
    if (!hasErrors(result.diagnostics)) result.scenario = std::move(scenario);
    return result;
}

ScenarioLoadResult loadScenarioFromFile(const std::string& path) {
    std::string error;
    std::optional<std::string> text = readScenarioFile(path, error);
    if (!text) {
        ScenarioLoadResult result;
        result.diagnostics.push_back({path, 0, 0, Diagnostic::Severity::Error, error});
        return result;
    }
    return loadScenarioFromText(*text, path);
}

}  // namespace rehearse
