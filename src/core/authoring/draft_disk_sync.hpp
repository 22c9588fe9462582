// An open draft and its file, which another program (the author's own text
// editor, a `git checkout`) may change while the draft is open. The file's
// modification time and size are compared with what they were when the
// draft last read or wrote it (file_stamp.hpp); when they differ, a draft
// with no edits of its own takes the file's version at once, and a draft
// with edits asks first: only the author may discard them.
#pragma once

#include "core/authoring/scenario_draft.hpp"
#include "core/scenario/diagnostic.hpp"
#include "core/scenario/file_stamp.hpp"

#include <optional>
#include <string>

namespace rehearse {

class DraftDiskSync {
public:
    enum class Change {
        None,  // the file is as the draft last saw it (or the draft has no file)
        Take,  // it changed and the draft has no unsaved edits: read it in
        Ask,   // it changed under unsaved edits: the author chooses
    };

    // The draft now matches `path` as it is on disk (just opened or saved); "" tracks nothing.
    void track(const std::string& path);
    const std::string& path() const { return m_path; }

    Change poll(const ScenarioDraft& draft) const;

    // The file's text as a draft; nothing, with the syntax error located at
    // path:line:col in `problems`, when it is not a JSON object (a save
    // half-way through a change). Either way this version counts as seen:
    // the next poll asks only about a later one.
    std::optional<ScenarioDraft> read(Diagnostics& problems);
    // The author keeps their draft: this version of the file is not asked about again.
    void dismiss() { m_stamp = fileStamp(m_path); }

private:
    std::string m_path;
    FileStamp m_stamp;
};

}  // namespace rehearse
