#include "core/authoring/draft_save.hpp"

#include "core/authoring/scenario_scaffold.hpp"
#include "core/store/safe_file.hpp"
#include "core/store/xdg_paths.hpp"

#include <filesystem>

namespace rehearse {

std::string userScenarioPath(const std::string& id) { return userScenarioFolder() + "/" + id + ".json"; }

DraftSaveResult saveDraft(ScenarioDraft& draft) {
    DraftSaveResult result;
    const DraftCheck check = checkDraft(draft);
    if (!check.canonicalText || check.hasErrors()) {
        std::size_t errors = 0;
        const Diagnostic* first = nullptr;
        for (const FieldDiagnostic& d : check.diagnostics)
            if (d.diagnostic.severity == Diagnostic::Severity::Error && errors++ == 0) first = &d.diagnostic;
        result.message = "not saved: " + std::to_string(errors) + " error(s) to fix first" +
                         (first ? " (" + first->message + ")" : std::string());
        return result;
    }
    std::string error;
    const std::string folder = std::filesystem::path(draft.path()).parent_path().string();
    if ((!folder.empty() && !ensureDirectory(folder, error)) ||
        !writeOutputFile(draft.path(), *check.canonicalText, error)) {
        result.message = "not saved: " + error;
        return result;
    }
    draft.markSaved();
    result.saved = true;
    result.message = "saved " + draft.path();
    return result;
}

}  // namespace rehearse
