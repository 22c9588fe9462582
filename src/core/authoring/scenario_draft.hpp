// A scenario being edited: its JSON document, changed one field at a time by
// JSON pointer ("/stages/2/key_points/0/why"), with undo and redo.
//
// The draft is the file's JSON, not a Scenario: an author's half-written
// scenario rarely loads (a key point with no concept yet, a trigger naming a
// point not yet written), and it must still be editable, diagnosable and
// savable as it is. Members the format does not know are kept in their order.
//
// Undo steps: each edit is one step, except typing. Edits made with `typing`
// set, one after another on the same field, are one step until endTyping()
// (the field lost the keyboard), so Ctrl+Z takes back what was typed into a
// field, not its last letter.
#pragma once

#include "core/scenario/diagnostic.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rehearse {

class ScenarioDraft {
public:
    using Json = nlohmann::ordered_json;

    // A draft of `document` that will be saved at `path` (also the path its
    // diagnostics name).
    ScenarioDraft(Json document, std::string path);

    // The draft of a scenario file's text; nothing (with a located syntax
    // error in `diagnostics`) when the text is not a JSON object.
    static std::optional<ScenarioDraft> fromText(const std::string& text, const std::string& path,
                                                 Diagnostics& diagnostics);

    const Json& document() const { return m_document; }
    // The value at `pointer`; null when there is none (or the pointer is malformed).
    const Json* find(const std::string& pointer) const;
    // The string at `pointer`; empty when absent or not a string.
    std::string text(const std::string& pointer) const;

    // Each edit returns false, changing nothing, when `pointer` cannot hold
    // the value (malformed, a missing parent, an index past the end).
    // Sets the value at `pointer`, adding the member if the object lacks it.
    bool set(const std::string& pointer, Json value, bool typing = false);
    // The field being typed into let go of the keyboard: the next typing is a new step.
    void endTyping() { m_typingOpen = false; }
    // Inserts `value` into the array at `arrayPointer` before `index` (its size: at the end).
    bool insert(const std::string& arrayPointer, std::size_t index, Json value);
    // Removes the member or array element at `pointer`.
    bool remove(const std::string& pointer);
    // Swaps array elements `index` and `index + 1` of the array at `arrayPointer`.
    bool moveDown(const std::string& arrayPointer, std::size_t index);

    bool canUndo() const { return m_done > 0; }
    bool canRedo() const { return m_done < m_steps.size(); }
    bool undo();
    bool redo();
    // Where the step Undo or Redo would change (to show or scroll to it); empty when none.
    std::string undoPointer() const;
    std::string redoPointer() const;

    // Grows by one with every change, undo and redo: a cheap "has it changed
    // since I last looked" for callers that cache diagnostics.
    std::size_t revision() const { return m_revision; }
    // Whether the document differs from the one last marked saved.
    bool modified() const { return m_saved != m_document; }
    void markSaved() { m_saved = m_document; }

    const std::string& path() const { return m_path; }
    void setPath(std::string path) { m_path = std::move(path); }

private:
    // One undo step: the value at `pointer` before and after. An edit that
    // adds or removes a member or element is recorded on its container, so
    // every step replaces a value that exists and undo restores the order.
    struct Step {
        std::string pointer;
        Json before, after;
    };
    Json* locate(const std::string& pointer);
    // Replaces the value at `pointer` with `after` and records the step.
    bool replace(const std::string& pointer, Json after, bool typing);

    Json m_document;
    Json m_saved;
    std::string m_path;
    std::vector<Step> m_steps;
    std::size_t m_done = 0;  // steps applied; those after it can be redone
    std::size_t m_revision = 0;
    bool m_typingOpen = false;  // the last step was typing and more typing may extend it
};

}  // namespace rehearse
