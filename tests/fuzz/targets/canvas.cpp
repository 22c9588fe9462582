// Canvas data from outside: clipboard text (anything the user pastes), and
// JSON commands, items and whole documents (journals, imported sessions,
// later a partner). What decodes is applied to a small document through the
// editor, which must undo it exactly; what encodes must decode the same.
#include "fuzz_targets.hpp"

#include "core/canvas/canvas_clipboard.hpp"
#include "core/canvas/canvas_editor.hpp"
#include "core/canvas/canvas_format_error.hpp"

#include <nlohmann/json.hpp>

namespace rehearse::fuzz {
namespace {

// Two blocks joined by an arrow, and a note: something for ids to name.
CanvasEditor smallCanvas() {
    CanvasItem box;
    box.kind = ItemKind::Model;
    box.w = 160, box.h = 80, box.label = "Ranker";
    CanvasItem store = box;
    store.kind = ItemKind::FeatureStore, store.x = 240, store.label = "Features";
    CanvasItem arrow;
    arrow.kind = ItemKind::Arrow, arrow.from = ItemId{2}, arrow.to = ItemId{1};
    arrow.points = {{240, 40}, {160, 40}};
    CanvasItem note;
    note.kind = ItemKind::Note, note.x = 0, note.y = 200, note.w = 120, note.h = 120, note.label = "cold start?";
    CanvasEditor editor;
    editor.apply(AddItems{{box, store, arrow, note}});
    editor.clearHistory();
    return editor;
}

void pasteClipboard(const std::string& text) {
    std::optional<std::vector<CanvasItem>> items = decodeClipboard(text);
    if (!items) return;
    CanvasEditor editor = smallCanvas();
    const std::vector<CanvasItem> before = editor.document().items();
    editor.apply(PasteItems{*items});
    std::vector<ItemId> pasted = editor.lastAddedIds();
    std::string copied = encodeClipboard(editor.document(), pasted);
    if (!pasted.empty()) {
        std::optional<std::vector<CanvasItem>> again = decodeClipboard(copied);
        check(again.has_value(), "a copy of pasted items is not a clipboard payload");
        check(again->size() == pasted.size(), "a copy of pasted items lost or gained items");
    }
    if (editor.canUndo()) editor.undo();
    check(editor.document().items() == before, "undoing a paste does not restore the canvas");
}

void applyCommand(const nlohmann::json& json) {
    std::optional<CanvasCommand> command = canvasCommandFromJson(json);
    if (!command) return;
    // Stable after one trip: fields a kind does not use may be dropped on
    // writing, but what is written must read back to the same JSON.
    nlohmann::json written = toJson(*command);
    std::optional<CanvasCommand> reread = canvasCommandFromJson(written);
    check(reread.has_value(), "a command's own JSON is refused");
    check(toJson(*reread) == written, "a command's JSON changes when read and written again");
    describeCanvasCommand(*command);

    CanvasEditor editor = smallCanvas();
    const std::vector<CanvasItem> before = editor.document().items();
    editor.apply(*command);
    bool grouping = std::holds_alternative<BeginCanvasGroup>(*command) || std::holds_alternative<EndCanvasGroup>(*command);
    if (!grouping) {
        if (editor.canUndo()) editor.undo();
        check(editor.document().items() == before, "undoing a command does not restore the canvas");
    }
}

void readItem(const nlohmann::json& json) {
    nlohmann::json written;
    try {
        written = itemToJson(itemFromJson(json, /*requireId=*/false));
    } catch (const CanvasFormatError&) {
        return;
    }
    // Outside the try: an item's own JSON must never be refused.
    check(itemToJson(itemFromJson(written, false)) == written, "an item's JSON changes when read and written again");
}

void readDocument(const nlohmann::json& json) {
    std::string error;
    std::optional<CanvasDocument> doc = CanvasDocument::tryFromJson(json, &error);
    if (!doc) {
        check(!error.empty(), "a document is refused without a reason");
        return;
    }
    nlohmann::json written = doc->toJson();
    std::optional<CanvasDocument> reread = CanvasDocument::tryFromJson(written, &error);
    check(reread.has_value(), "a document's own JSON is refused");
    check(reread->toJson() == written, "a document's JSON changes when read and written again");
}

}  // namespace

int canvas(const std::uint8_t* data, std::size_t size) {
    const std::string text = asText(data, size);
    pasteClipboard(text);
    nlohmann::json json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) return 0;
    applyCommand(json);
    readItem(json);
    readDocument(json);
    return 0;
}

}  // namespace rehearse::fuzz
