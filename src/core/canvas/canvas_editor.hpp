// Applies CanvasCommands to a CanvasDocument with exact undo and redo.
//
// Every command becomes a list of primitive edits (insert, erase, replace,
// move in z order), each with an exact inverse; one history entry is the
// edits of one command, or of every command between begin_group and the
// matching end_group, so one whole drag is undone in one step. Undo applies
// the inverses backwards; redo re-applies the recorded edits (not the
// commands), so redo gives back exactly the same items and ids.
//
// Deterministic: the same commands on the same document give the same
// result, which is what lets a session journal replay a canvas.
#pragma once

#include "core/canvas/canvas_command.hpp"
#include "core/canvas/canvas_document.hpp"

#include <unordered_map>
#include <vector>

namespace rehearse {

class CanvasEditor {
public:
    CanvasEditor() = default;
    explicit CanvasEditor(CanvasDocument document) : m_document(std::move(document)) {}

    const CanvasDocument& document() const { return m_document; }

    // Commands naming missing items skip them; an empty edit adds no history.
    void apply(const CanvasCommand& command);
    bool canUndo() const;
    bool canRedo() const { return !m_redo.empty(); }
    // Undo and redo close an open group first (a drag interrupted by Ctrl+Z).
    void undo();
    void redo();

    size_t undoDepth() const { return m_undo.size(); }
    size_t redoDepth() const { return m_redo.size(); }
    bool groupOpen() const { return m_groupDepth > 0; }
    // Ids the last add/paste gave its items, in order.
    const std::vector<ItemId>& lastAddedIds() const { return m_lastAdded; }

    // Forgets history (e.g. after loading a stored canvas).
    void clearHistory();

private:
    struct Edit {
        enum class Type { Insert, Erase, Replace, Move } type = Type::Insert;
        size_t index = 0;      // Insert/Erase/Replace: position; Move: from
        size_t toIndex = 0;    // Move: to
        CanvasItem before;     // Erase, Replace
        CanvasItem after;      // Insert, Replace
    };
    struct Entry {
        std::vector<Edit> edits;
    };

    void applyAdd(const CanvasCommand& command, bool paste);
    void applyRemove(const std::vector<ItemId>& ids);
    void applyMove(const CanvasCommand& command);
    void applyResize(const CanvasCommand& command);
    void applySetLabel(const CanvasCommand& command);
    void applySetColour(const CanvasCommand& command);
    void applySetArrow(const CanvasCommand& command);
    void applyReorder(const CanvasCommand& command);

    // Primitive edits, applied to the document and recorded in m_current.
    void insert(size_t index, CanvasItem item);
    void erase(size_t index);
    void replace(size_t index, CanvasItem item);
    void moveIndex(size_t from, size_t to);
    void record(Edit edit);

    void openEntry();
    void closeEntry();
    void forward(const Edit& edit);
    void backward(const Edit& edit);

    CanvasDocument m_document;
    std::vector<Entry> m_undo;
    std::vector<Entry> m_redo;
    Entry m_current;             // edits of the command or group in progress
    int m_groupDepth = 0;
    // Replace edits of m_current by item id, so a drag's hundred moves of one
    // item collapse into one edit. Valid only until the next insert, erase or
    // move changes positions; cleared then.
    std::unordered_map<ItemId, size_t> m_replaceEditById;
    std::vector<ItemId> m_lastAdded;
};

}  // namespace rehearse
