// A new, empty entry in the editor: one calm hint of what to fill in instead
// of a column of errors, until the author edits it or tries to save.
#include "core/authoring/draft_check.hpp"
#include "core/authoring/fresh_entries.hpp"

#include "test_files.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

ScenarioDraft toyDraft() {
    Diagnostics diagnostics;
    auto draft = ScenarioDraft::fromText(test::readAll(REHEARSE_TEST_DATA "/lint/toy-late-invoices.json"),
                                         "/tmp/toy-late-invoices.json", diagnostics);
    REQUIRE(draft);
    return std::move(*draft);
}

std::size_t errorsIn(const DraftCheck& check, const std::string& pointer) {
    std::size_t errors = 0;
    for (const FieldDiagnostic* d : check.within(pointer))
        errors += d->diagnostic.severity == Diagnostic::Severity::Error ? 1 : 0;
    return errors;
}

}  // namespace

TEST_CASE("fresh entries: a new empty key point shows one hint, not its errors, until it is edited",
          "[authoring][draft]") {
    ScenarioDraft draft = toyDraft();
    const ScenarioDraft::Json* points = draft.find("/stages/0/key_points");
    REQUIRE(points);
    const std::string entry = "/stages/0/key_points/" + std::to_string(points->size());
    // What the editor's "+ Add key point" inserts.
    REQUIRE(draft.insert("/stages/0/key_points", points->size(),
                         {{"id", "point-9"}, {"text", ""}, {"why", ""}, {"concepts", ScenarioDraft::Json::array()},
                          {"weight", 2}}));
    const DraftCheck check = checkDraft(draft);
    REQUIRE(errorsIn(check, entry) >= 2);  // what the author was met with: an error per empty field

    FreshEntries fresh;
    fresh.added(entry);
    const DraftCheck shown = fresh.shown(check);
    CHECK(shown.within(entry).empty());
    CHECK(shown.diagnostics.size() == check.diagnostics.size() - check.within(entry).size());
    CHECK_FALSE(shown.hasErrors());  // the bar's count: nothing else in the toy is an error
    const auto hints = fresh.hints(check);
    REQUIRE(hints.size() == 1);
    CHECK(hints.at(entry) == "Fill in the text, why and concepts.");

    // Another entry's field edited: this one stays fresh.
    fresh.edited("/stages/0/key_points/0/text");
    CHECK(fresh.isFresh(entry));
    // One of its own fields edited: every finding shows.
    fresh.edited(entry + "/text");
    CHECK_FALSE(fresh.isFresh(entry));
    CHECK(fresh.shown(check).within(entry).size() == check.within(entry).size());
    CHECK(fresh.hints(check).empty());
}

TEST_CASE("fresh entries: trying to save shows every finding of an untouched entry", "[authoring][draft]") {
    FreshEntries fresh;
    fresh.added("/facts/3");
    fresh.added("/stages/1/follow_ups/0");
    const std::size_t before = fresh.revision();
    fresh.saveTried();
    CHECK_FALSE(fresh.isFresh("/facts/3"));
    CHECK_FALSE(fresh.isFresh("/stages/1/follow_ups/0"));
    CHECK(fresh.revision() != before);
    // "/facts/30" is not inside "/facts/3".
    fresh.added("/facts/3");
    fresh.edited("/facts/30/topic");
    CHECK(fresh.isFresh("/facts/3"));
}
