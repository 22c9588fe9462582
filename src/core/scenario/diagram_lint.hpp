// A reference diagram that does not read at a glance, for `validate --strict`:
// an arrow through a block it does not connect, two arrows crossing, blocks
// overlapping, an arrow label that hides its arrow or arrowhead, a block
// label that spills out of its block or runs under the block's icon.
//
// The geometry is the app's own: the diagram becomes canvas items the way the
// debrief and the exports build them (diagram_import.hpp), arrows end where
// the canvas clips them to block edges, and labels are laid out and measured
// as the exports lay them out (canvas_shapes.hpp, text_layout.hpp). So what
// this reports is what the PNG shows, and a renderer change moves both.
#pragma once

#include "core/scenario/scenario.hpp"

#include <string>
#include <vector>

namespace rehearse {

struct DiagramProblem {
    // JSON pointer of the item or arrow, relative to the diagram ("/arrows/3").
    std::string pointer;
    // A sentence for an author naming the ids involved.
    std::string message;
};

std::vector<DiagramProblem> diagramProblems(const Diagram& diagram);

}  // namespace rehearse
