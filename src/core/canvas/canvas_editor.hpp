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

#include <string>
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

    // The history as steps, for a history list: step 0 is the document
    // before the oldest entry, step n is after the nth entry. The current
    // step is undoDepth(); the steps above it were undone and redo gives
    // them back. A group still open is not a step yet.
    size_t historySteps() const { return m_undo.size() + m_redo.size(); }
    size_t currentStep() const { return m_undo.size(); }
    // What reaching `step` (1..historySteps()) did: "Move 2 items".
    const std::string& describeStep(size_t step) const;
    // Undoes or redoes until `step` is current (a step past the newest means
    // the newest): one click in the history list. Closes an open group
    // first, as undo does, so the group counts as the newest step.
    void goToStep(size_t step);
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
        std::string description;  // describeCanvasCommand of its first command
    };
    struct CommandApplier;

    void applyAdd(const std::vector<CanvasItem>& items, bool paste);
    void applyRemove(const std::vector<ItemId>& ids);
    void applyMove(const MoveItems& command);
    void applyResize(const ResizeItem& command);
    void applySetLabel(const SetItemLabel& command);
    void applySetColour(const SetNoteColour& command);
    void applySetArrow(const SetArrowEnds& command);
    void applyReorder(const ReorderItems& command);

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
