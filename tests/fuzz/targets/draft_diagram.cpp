// A scenario draft's reference diagram (/reference/diagram of a file someone
// else wrote, opened in the editor): read into the canvas the editor draws
// it on, every block moved and relabelled, and written back into the draft.
// Whatever the bytes, nothing crashes, and the diagram written back is one
// the canvas already holds (following it again rebuilds nothing).
#include "fuzz_targets.hpp"

#include "core/authoring/draft_diagram.hpp"

namespace rehearse::fuzz {

int draftDiagram(const std::uint8_t* data, std::size_t size) {
    const DraftDiagram::Json diagram =
        DraftDiagram::Json::parse(asText(data, size), nullptr, /*allow_exceptions=*/false);
    if (diagram.is_discarded()) return 0;
    DraftDiagram draft;
    draft.follow(diagram);
    std::vector<ItemId> ids;
    for (const CanvasItem& item : draft.document().items()) ids.push_back(item.id);
    std::vector<CanvasCommand> edits = {MoveItems{ids, 40, -20}};
    if (!ids.empty()) edits.push_back(SetItemLabel{ids.front(), "Feature store"});
    if (const std::optional<DraftDiagram::Json> written = draft.apply(edits)) {
        check(!draft.follow(*written), "the diagram written back rebuilds the canvas that wrote it");
        DraftDiagram reread;
        reread.follow(*written);
    }
    return 0;
}

}  // namespace rehearse::fuzz
