#include "app/session_focus.hpp"

#include <cstring>

namespace rehearse {

int fieldInputCallback(ImGuiInputTextCallbackData* data) {
    auto* input = static_cast<FieldInput*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
        if (input->focus && input->focus->takeCaretMove(input->field))
            data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        return 0;
    }
    if (data->EventFlag == ImGuiInputTextFlags_CallbackEdit && input->lines) {
        while (const void* found = std::memchr(data->Buf, '\n', static_cast<std::size_t>(data->BufTextLen))) {
            const int length = static_cast<int>(static_cast<const char*>(found) - data->Buf);
            input->lines->emplace_back(data->Buf, static_cast<std::size_t>(length));
            data->DeleteChars(0, length + 1);
        }
    }
    return 0;  // Tab (completion): the session moves focus
}

}  // namespace rehearse
