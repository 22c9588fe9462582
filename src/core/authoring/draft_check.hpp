// What `rehearse validate --strict` says about a scenario draft, each finding
// tied to the field it concerns, for an editor to show beside that field.
//
// The draft is formatted (scenario_format.hpp), loaded with the loader and
// linted with the lints of --strict (scenario_lint.hpp, author_lint.hpp),
// exactly as if it had been saved at its path; nothing here re-implements a
// rule. Each finding's line and column in that canonical text are turned
// back into the JSON pointer of the value (or member name) they point at.
#pragma once

#include "core/authoring/scenario_draft.hpp"
#include "core/scenario/diagnostic.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rehearse {

struct FieldDiagnostic {
    std::string pointer;    // the field it concerns: "/stages/1/minutes"; "" for the scenario as a whole
    Diagnostic diagnostic;  // as validate prints it, located in the canonical text
};

struct DraftCheck {
    // What Save would write; nothing when the draft cannot be formatted (see diagnostics).
    std::optional<std::string> canonicalText;
    // The draft as the app would load it; only when it has no error.
    std::optional<Scenario> scenario;
    std::vector<FieldDiagnostic> diagnostics;  // errors and --strict warnings, in file order

    bool hasErrors() const;
    // Findings about the field at `pointer` itself.
    std::vector<const FieldDiagnostic*> at(const std::string& pointer) const;
    // Findings about `pointer` or anything inside it (a key point and its concepts).
    std::vector<const FieldDiagnostic*> within(const std::string& pointer) const;
};

// `library`: the other scenarios, so that text copied from one of them is
// found as validate --strict finds it over a folder; a scenario with the
// draft's id or path is the draft's own older version and is left out.
// `copiedFrom`: the file of the scenario the draft was copied from (the
// editor's "Edit" of a shipped scenario), left out too: a copy repeats its
// original by design, and ~145 "same text as" warnings would bury the rest.
// Text copied from any other scenario is still found.
DraftCheck checkDraft(const ScenarioDraft& draft, const std::vector<Scenario>& library = {},
                      const std::string& copiedFrom = "");

}  // namespace rehearse
