#include "core/authoring/draft_diagram.hpp"

#include "core/canvas/diagram_import.hpp"

#include <cctype>
#include <cmath>
#include <cstdint>

namespace rehearse {
namespace {

using Json = DraftDiagram::Json;

const Json& arrayAt(const Json& diagram, const char* member) {
    static const Json empty = Json::array();
    if (!diagram.is_object()) return empty;
    const auto found = diagram.find(member);
    return found != diagram.end() && found->is_array() ? *found : empty;
}

std::string stringAt(const Json& object, const char* member) {
    const auto found = object.find(member);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

double numberAt(const Json& object, const char* member) {
    const auto found = object.find(member);
    return found != object.end() && found->is_number() ? found->get<double>() : 0.0;
}

// Whole numbers as integers: "x": 280, not 280.0, like the files people write.
Json numberJson(double value) {
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

std::string uniqueId(const std::string& wanted, std::unordered_set<std::string>& taken) {
    std::string id = wanted;
    for (int n = 2; taken.count(id); ++n) id = wanted + "-" + std::to_string(n);
    taken.insert(id);
    return id;
}

std::string freshItemId(const CanvasItem& item, std::unordered_set<std::string>& taken) {
    std::string wanted = diagramIdFromLabel(item.label);
    if (wanted.empty()) wanted = diagramIdFromLabel(itemKindId(item.kind));
    return uniqueId(wanted, taken);
}

// The file's entry for `now`, changed only where the canvas changed it since `before`.
void patchItem(Json& entry, const CanvasItem& before, const CanvasItem& now) {
    if (now.label != before.label) {
        if (now.label.empty()) entry.erase("label");
        else entry["label"] = now.label;
    }
    if (now.x != before.x) entry["x"] = numberJson(now.x);
    if (now.y != before.y) entry["y"] = numberJson(now.y);
    if (now.w != before.w || now.h != before.h) {
        entry["w"] = numberJson(now.w);
        entry["h"] = numberJson(now.h);
    }
}

bool representable(const CanvasItem& item) { return item.kind != ItemKind::Pen && item.kind != ItemKind::Arrow; }

}  // namespace

std::string diagramIdFromLabel(const std::string& label) {
    std::string id;
    for (char c : label) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 128) id += static_cast<char>(std::tolower(u));
        else if (!id.empty() && id.back() != '-') id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    // A long label makes a short id: its first words, cut at a word's end.
    if (id.size() > 24) {
        const std::size_t cut = id.rfind('-', 24);
        id = id.substr(0, cut == std::string::npos || cut == 0 ? 24 : cut);
    }
    return id;
}

bool DraftDiagram::follow(const Json& diagram) {
    if (m_loaded && diagram == m_diagram) return false;
    m_loaded = true;
    m_diagram = diagram;
    // The diagram as the loader reads it, but tolerant: a half-written entry
    // is drawn as far as it goes; one that is not an object is not drawn.
    Diagram read;
    std::vector<std::size_t> itemIndex, arrowIndex;
    const Json& items = arrayAt(diagram, "items");
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Json& o = items[k];
        if (!o.is_object()) continue;
        read.items.push_back({stringAt(o, "id"), stringAt(o, "kind"), stringAt(o, "label"), numberAt(o, "x"),
                              numberAt(o, "y"), std::max(0.0, numberAt(o, "w")), std::max(0.0, numberAt(o, "h")),
                              stringAt(o, "stage")});
        itemIndex.push_back(k);
    }
    const Json& arrows = arrayAt(diagram, "arrows");
    for (std::size_t k = 0; k < arrows.size(); ++k) {
        const Json& o = arrows[k];
        if (!o.is_object()) continue;
        read.arrows.push_back({stringAt(o, "id"), stringAt(o, "from"), stringAt(o, "to"), stringAt(o, "label")});
        arrowIndex.push_back(k);
    }
    CanvasDocument document = canvasFromDiagram(read);
    // The import keeps the diagram's order within blocks and within arrows.
    m_entries.clear();
    std::size_t block = 0, arrow = 0;
    for (const CanvasItem& item : document.items()) {
        const bool isArrow = item.kind == ItemKind::Arrow;
        const std::size_t index = isArrow ? arrowIndex.at(arrow++) : itemIndex.at(block++);
        m_entries[item.id] = Entry{isArrow, index, item};
    }
    m_editor = CanvasEditor(std::move(document));
    m_minted.clear();
    m_leftOut = 0;
    return true;
}

std::optional<Json> DraftDiagram::apply(const std::vector<CanvasCommand>& commands) {
    if (commands.empty()) return std::nullopt;
    for (const CanvasCommand& command : commands) m_editor.apply(command);
    if (m_editor.groupOpen()) return std::nullopt;  // written when the group closes
    Json written = write();
    if (written == m_diagram) return std::nullopt;
    m_diagram = written;
    return written;
}

Json DraftDiagram::write() {
    const CanvasDocument& doc = m_editor.document();
    Json out = m_diagram.is_object() ? m_diagram : Json::object();
    const Json& oldItems = arrayAt(m_diagram, "items");
    const Json& oldArrows = arrayAt(m_diagram, "arrows");
    std::unordered_map<std::size_t, ItemId> itemFor, arrowFor;
    for (const auto& [id, entry] : m_entries) (entry.arrow ? arrowFor : itemFor)[entry.index] = id;

    // Blocks: the entries still on the canvas, in their order, then the new ones.
    // An id stays, except a new block's, which follows its label.
    std::unordered_set<std::string> takenIds;
    std::vector<ItemId> renamed;
    for (std::size_t k = 0; k < oldItems.size(); ++k) {
        const auto at = itemFor.find(k);
        const CanvasItem* now = at != itemFor.end() ? doc.find(at->second) : nullptr;
        if (at != itemFor.end() && !now) continue;  // deleted
        if (now && m_minted.count(now->id) && now->label != m_entries.at(now->id).written.label)
            renamed.push_back(now->id);
        else if (oldItems[k].is_object())
            takenIds.insert(stringAt(oldItems[k], "id"));
    }
    std::unordered_map<ItemId, std::string> idOf;
    for (ItemId id : renamed) idOf[id] = freshItemId(*doc.find(id), takenIds);

    std::unordered_map<ItemId, Entry> entries;
    Json items = Json::array();
    for (std::size_t k = 0; k < oldItems.size(); ++k) {
        const auto at = itemFor.find(k);
        if (at == itemFor.end()) {
            items.push_back(oldItems[k]);  // never drawn (not an object): kept for the author to fix
            continue;
        }
        const CanvasItem* now = doc.find(at->second);
        if (!now) continue;
        Json entry = oldItems[k];
        patchItem(entry, m_entries.at(now->id).written, *now);
        if (const auto rename = idOf.find(now->id); rename != idOf.end()) entry["id"] = rename->second;
        idOf[now->id] = stringAt(entry, "id");
        entries[now->id] = Entry{false, items.size(), *now};
        items.push_back(std::move(entry));
    }
    std::size_t leftOut = 0;
    for (const CanvasItem& item : doc.items()) {
        if (m_entries.count(item.id) || item.kind == ItemKind::Arrow) continue;
        if (!representable(item)) {
            ++leftOut;
            continue;
        }
        const std::string id = freshItemId(item, takenIds);
        Json entry = {{"id", id}, {"kind", itemKindId(item.kind)}};
        if (!item.label.empty()) entry["label"] = item.label;
        entry["x"] = numberJson(item.x);
        entry["y"] = numberJson(item.y);
        const Vec2 size = defaultItemSize(item.kind);
        if (item.w != size.x || item.h != size.y) {
            entry["w"] = numberJson(item.w);
            entry["h"] = numberJson(item.h);
        }
        if (!item.stage.empty()) entry["stage"] = item.stage;
        idOf[item.id] = id;
        m_minted.insert(item.id);
        entries[item.id] = Entry{false, items.size(), item};
        items.push_back(std::move(entry));
    }

    // Arrows: the same, joined by the blocks' ids as written above.
    auto endId = [&](ItemId end) -> const std::string* {
        const auto found = idOf.find(end);
        return end && found != idOf.end() ? &found->second : nullptr;
    };
    std::unordered_set<std::string> takenArrowIds;
    for (const Json& old : oldArrows)
        if (old.is_object()) takenArrowIds.insert(stringAt(old, "id"));
    Json arrows = Json::array();
    for (std::size_t k = 0; k < oldArrows.size(); ++k) {
        const auto at = arrowFor.find(k);
        if (at == arrowFor.end()) {
            arrows.push_back(oldArrows[k]);
            continue;
        }
        const CanvasItem* now = doc.find(at->second);
        if (!now) continue;
        const CanvasItem& before = m_entries.at(now->id).written;
        Json entry = oldArrows[k];
        const std::string* from = endId(now->from);
        const std::string* to = endId(now->to);
        if (from && to) {
            if (stringAt(entry, "from") != *from) entry["from"] = *from;
            if (stringAt(entry, "to") != *to) entry["to"] = *to;
        } else if (now->from != before.from || now->to != before.to) {
            ++leftOut;  // an end was pulled off its block: the file cannot say where it points
            continue;
        }
        if (now->label != before.label) {
            if (now->label.empty()) entry.erase("label");
            else entry["label"] = now->label;
        }
        entries[now->id] = Entry{true, arrows.size(), *now};
        arrows.push_back(std::move(entry));
    }
    for (const CanvasItem& item : doc.items()) {
        if (m_entries.count(item.id) || item.kind != ItemKind::Arrow) continue;
        const std::string* from = endId(item.from);
        const std::string* to = endId(item.to);
        if (!from || !to) {
            ++leftOut;
            continue;
        }
        Json entry = {{"id", uniqueId(*from + "-to-" + *to, takenArrowIds)}, {"from", *from}, {"to", *to}};
        if (!item.label.empty()) entry["label"] = item.label;
        entries[item.id] = Entry{true, arrows.size(), item};
        arrows.push_back(std::move(entry));
    }

    out["items"] = std::move(items);
    if (!arrows.empty() || out.contains("arrows")) out["arrows"] = std::move(arrows);
    m_entries = std::move(entries);
    m_leftOut = leftOut;
    return out;
}

ItemId DraftDiagram::itemAt(const std::string& pointer) const {
    std::string rest = pointer;
    const std::string prefix = "/reference/diagram";
    if (rest.rfind(prefix, 0) == 0) rest = rest.substr(prefix.size());
    bool arrow = false;
    if (rest.rfind("/items/", 0) == 0) rest = rest.substr(7);
    else if (rest.rfind("/arrows/", 0) == 0) {
        rest = rest.substr(8);
        arrow = true;
    } else
        return ItemId{};
    std::size_t index = 0, digits = 0;
    for (; digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])); ++digits)
        index = index * 10 + static_cast<std::size_t>(rest[digits] - '0');
    if (digits == 0 || digits > 9) return ItemId{};
    for (const auto& [id, entry] : m_entries)
        if (entry.arrow == arrow && entry.index == index) return id;
    return ItemId{};
}

}  // namespace rehearse
