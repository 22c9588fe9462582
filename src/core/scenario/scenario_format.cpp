#include "core/scenario/scenario_format.hpp"

#include "core/scenario/json_locator.hpp"
#include "core/scenario/scenario_limits.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <vector>

namespace rehearse {
namespace {

using Json = nlohmann::ordered_json;  // keeps unknown members in the order written

// What a value is in a scenario file, which decides its member order and
// whether it is written on one line.
enum class Shape {
    Generic,        // anything the format does not know: one member per line
    OneLine,        // the whole value on one line
    Root, FactList, Fact, AssumptionList, Assumption, StageList, Stage, KeyPointList, KeyPoint, ConceptList,
    FollowUpList, FollowUp, Trigger, PitfallList, Pitfall, Reference, Diagram,
    ItemList, Item, ArrowList, Arrow,
};

bool isOneLine(Shape shape) {
    return shape == Shape::OneLine || shape == Shape::Trigger || shape == Shape::Item || shape == Shape::Arrow;
}

// The order of known members. Where the shipped files disagreed, the order
// most of them used wins, so reformatting them changes as few lines as can be.
const std::vector<const char*>& memberOrder(Shape shape) {
    static const std::vector<const char*> none;
    static const std::vector<const char*> root = {"$schema", "format",  "id",    "title",  "question", "difficulty",
                                                  "level",   "tags",    "minutes", "facts", "assumptions", "stages",
                                                  "reference"};
    static const std::vector<const char*> fact = {"id", "topic", "asks", "answer", "important"};
    static const std::vector<const char*> assumption = {"id", "topic", "asks", "says"};
    static const std::vector<const char*> stage = {"id",         "minutes",    "title",    "goal",     "guidance",
                                                   "key_points", "follow_ups", "pitfalls", "reference"};
    static const std::vector<const char*> keyPoint = {"id", "text", "why", "concepts", "needs", "weight", "dimension", "examples"};
    static const std::vector<const char*> followUp = {"id", "says", "trigger", "priority", "key_point", "level"};
    static const std::vector<const char*> trigger = {"on", "key_point", "minute", "concepts"};
    static const std::vector<const char*> pitfall = {"id", "key_point", "text", "signs"};
    static const std::vector<const char*> reference = {"summary", "diagram"};
    static const std::vector<const char*> diagram = {"items", "arrows"};
    static const std::vector<const char*> item = {"id", "kind", "label", "x", "y", "w", "h", "stage"};
    static const std::vector<const char*> arrow = {"id", "from", "to", "label"};
    switch (shape) {
        case Shape::Root: return root;
        case Shape::Fact: return fact;
        case Shape::Assumption: return assumption;
        case Shape::Stage: return stage;
        case Shape::KeyPoint: return keyPoint;
        case Shape::FollowUp: return followUp;
        case Shape::Trigger: return trigger;
        case Shape::Pitfall: return pitfall;
        case Shape::Reference: return reference;
        case Shape::Diagram: return diagram;
        case Shape::Item: return item;
        case Shape::Arrow: return arrow;
        default: return none;
    }
}

Shape memberShape(Shape parent, const std::string& name) {
    switch (parent) {
        case Shape::Root:
            if (name == "tags") return Shape::OneLine;
            if (name == "facts") return Shape::FactList;
            if (name == "assumptions") return Shape::AssumptionList;
            if (name == "stages") return Shape::StageList;
            if (name == "reference") return Shape::Reference;
            break;
        case Shape::Stage:
            if (name == "key_points") return Shape::KeyPointList;
            if (name == "follow_ups") return Shape::FollowUpList;
            if (name == "pitfalls") return Shape::PitfallList;
            break;
        case Shape::KeyPoint:
            if (name == "concepts") return Shape::ConceptList;
            break;
        case Shape::FollowUp:
            if (name == "trigger") return Shape::Trigger;
            break;
        case Shape::Pitfall:
            if (name == "signs") return Shape::OneLine;
            break;
        case Shape::Reference:
            if (name == "diagram") return Shape::Diagram;
            break;
        case Shape::Diagram:
            if (name == "items") return Shape::ItemList;
            if (name == "arrows") return Shape::ArrowList;
            break;
        default: break;
    }
    return isOneLine(parent) ? Shape::OneLine : Shape::Generic;
}

Shape elementShape(Shape list) {
    switch (list) {
        case Shape::FactList: return Shape::Fact;
        case Shape::AssumptionList: return Shape::Assumption;
        case Shape::StageList: return Shape::Stage;
        case Shape::KeyPointList: return Shape::KeyPoint;
        case Shape::ConceptList: return Shape::OneLine;
        case Shape::FollowUpList: return Shape::FollowUp;
        case Shape::PitfallList: return Shape::Pitfall;
        case Shape::ItemList: return Shape::Item;
        case Shape::ArrowList: return Shape::Arrow;
        default: return isOneLine(list) ? Shape::OneLine : Shape::Generic;
    }
}

// Known members first, in the format's order, then the others as written.
std::vector<Json::const_iterator> orderedMembers(const Json& object, Shape shape) {
    std::vector<Json::const_iterator> members;
    const std::vector<const char*>& order = memberOrder(shape);
    for (const char* name : order) {
        auto it = object.find(name);
        if (it != object.end()) members.push_back(it);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* name : order) known = known || it.key() == name;
        if (!known) members.push_back(it);
    }
    return members;
}

std::string scalarText(const Json& value) {
    // The parser has checked the UTF-8 already; `replace` only keeps dump()
    // from throwing should that ever change.
    return value.dump(-1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

void write(const Json& value, Shape shape, int indent, std::string& out);

void writeOneLine(const Json& value, Shape shape, std::string& out) {
    if (value.is_object() && !value.empty()) {
        out += "{ ";
        bool first = true;
        for (auto it : orderedMembers(value, shape)) {
            if (!first) out += ", ";
            first = false;
            out += scalarText(Json(it.key()));
            out += ": ";
            writeOneLine(it.value(), memberShape(shape, it.key()), out);
        }
        out += " }";
    } else if (value.is_array() && !value.empty()) {
        out += '[';
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i) out += ", ";
            writeOneLine(value[i], elementShape(shape), out);
        }
        out += ']';
    } else {
        out += scalarText(value);  // scalars, {} and []
    }
}

void write(const Json& value, Shape shape, int indent, std::string& out) {
    if (isOneLine(shape) || !value.is_structured() || value.empty()) {
        writeOneLine(value, shape, out);
        return;
    }
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    if (value.is_object()) {
        out += "{\n";
        bool first = true;
        for (auto it : orderedMembers(value, shape)) {
            if (!first) out += ",\n";
            first = false;
            out += inner;
            out += scalarText(Json(it.key()));
            out += ": ";
            write(it.value(), memberShape(shape, it.key()), indent + 2, out);
        }
        out += '\n';
        out.append(static_cast<std::size_t>(indent), ' ');
        out += '}';
    } else {
        out += "[\n";
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i) out += ",\n";
            out += inner;
            write(value[i], elementShape(shape), indent + 2, out);
        }
        out += '\n';
        out.append(static_cast<std::size_t>(indent), ' ');
        out += ']';
    }
}

// Finds a member named twice in one object while parsing (the parser itself
// keeps only one of them). Returns the JSON pointer of the second one.
class DuplicateMemberFinder {
public:
    bool operator()(int /*depth*/, Json::parse_event_t event, Json& parsed) {
        using Event = Json::parse_event_t;
        switch (event) {
            case Event::object_start:
            case Event::array_start:
                enterValue();
                m_frames.push_back({event == Event::object_start, {}, "", 0});
                break;
            case Event::object_end:
            case Event::array_end:
                if (!m_frames.empty()) m_frames.pop_back();
                break;
            case Event::key: {
                Frame& frame = m_frames.back();
                frame.key = parsed.get<std::string>();
                if (!frame.keys.insert(frame.key).second && m_duplicate.empty())
                    m_duplicate = pointer(m_frames.size());
                break;
            }
            case Event::value: enterValue(); break;
        }
        return true;
    }
    const std::string& duplicate() const { return m_duplicate; }

private:
    struct Frame {
        bool isObject;
        std::set<std::string> keys;
        std::string key;        // objects: the member being read
        std::size_t count;      // arrays: elements started so far
    };
    void enterValue() {
        if (!m_frames.empty() && !m_frames.back().isObject) ++m_frames.back().count;
    }
    std::string pointer(std::size_t frames) const {
        std::string at;
        for (std::size_t i = 0; i < frames; ++i)
            at = m_frames[i].isObject ? jsonPointerChild(at, m_frames[i].key)
                                      : jsonPointerChild(at, m_frames[i].count - 1);
        return at;
    }

    std::vector<Frame> m_frames;
    std::string m_duplicate;
};

}  // namespace

ScenarioFormatResult formatScenarioText(const std::string& text, const std::string& path) {
    ScenarioFormatResult result;
    Json root;
    DuplicateMemberFinder duplicates;
    bool parsed = !findLimitViolation(text);
    if (parsed) {
        try {
            root = Json::parse(text, std::ref(duplicates));
        } catch (const Json::exception&) {
            parsed = false;
        }
    }
    if (!parsed) {
        // The loader words syntax and limit errors, with their positions,
        // exactly as `validate` shows them.
        result.diagnostics = loadScenarioFromText(text, path).diagnostics;
        if (result.diagnostics.empty())
            result.diagnostics.push_back({path, 1, 1, Diagnostic::Severity::Error, "not a JSON text"});
        return result;
    }
    if (!duplicates.duplicate().empty()) {
        std::string at = duplicates.duplicate();
        TextPosition where = JsonLocator(text).keyPositionOf(at);
        std::string name = at.substr(at.rfind('/') + 1);
        result.diagnostics.push_back({path, where.line, where.column, Diagnostic::Severity::Error,
                                      "member '" + name + "' appears twice in one object; remove one before formatting"});
        return result;
    }
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    write(root, Shape::Root, 0, out);
    out += '\n';
    result.text = std::move(out);
    return result;
}

}  // namespace rehearse
