#include "core/interviewer/owner_questions.hpp"

#include "core/text/tokenizer.hpp"

#include <set>
#include <vector>

namespace rehearse {

bool asksWhoOwns(std::string_view question) {
    static const std::set<std::string> leads = {"and", "also", "so", "ok", "okay", "but", "then", "right", "i", "guess"};
    static const std::set<std::string> ownerVerbs = {
        "own", "owns", "owned", "approve", "approves", "approved", "sign", "signs", "signed", "decide", "decides",
        "decided", "maintain", "maintains", "maintained", "build", "builds", "built", "wrote", "write", "writes",
        "run", "runs", "ran", "manage", "manages", "managed", "pick", "picks", "picked", "chose", "choose",
        "chooses", "lead", "leads", "led", "fund", "funds", "funded", "pushed", "set", "sets", "designed",
        "design", "designs", "created", "sponsors", "sponsored", "champions", "signs-off"};
    const std::vector<std::string> w = tokenWords(question);
    std::size_t i = 0;
    while (i < w.size() && leads.count(w[i])) ++i;
    if (i >= w.size() || (w[i] != "who" && w[i] != "whose" && w[i] != "whom" && w[i] != "who's")) return false;
    for (std::size_t k = i + 1; k < w.size() && k <= i + 4; ++k)
        if (ownerVerbs.count(w[k])) return true;
    return false;
}

std::string saysWhoOwns(std::string_view answer) {
    // Verbs that, in a fact's answer, name who holds something; not "runs"
    // or "sets", which answers use for machines and thresholds.
    static const std::set<std::string> verbs = {"approves", "approved", "owns", "owned", "decides", "decided",
                                                "maintains", "maintained", "signs", "signed", "responsible"};
    const std::vector<Token> tokens = tokenize(answer);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!verbs.count(tokens[i].word)) continue;
        // "signs off", "responsible for": the particle belongs to the verb.
        if ((tokens[i].word == "signs" || tokens[i].word == "signed") &&
            (i + 1 >= tokens.size() || tokens[i + 1].word != "off"))
            continue;
        // Not a question the answer quotes ("who owns something"), nor a
        // word joined to another ("hand-maintained"), nor a passive without
        // its agent ("the GPUs are approved"; but "approved by finance").
        if (i > 0 && (tokens[i - 1].word == "who" || answer.substr(tokens[i - 1].end, 1) == "-")) continue;
        static const std::set<std::string> be = {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"};
        const bool agent = i + 2 < tokens.size() && tokens[i + 1].word == "by" &&
                           tokens[i + 2].word != "hand" && tokens[i + 2].word != "default";
        if (i > 0 && be.count(tokens[i - 1].word) && !agent) continue;
        const std::size_t from = i > 0 ? i - 1 : i;
        const std::size_t to = i + 2 < tokens.size() ? i + 2 : tokens.size() - 1;
        return std::string(answer.substr(tokens[from].begin, tokens[to].end - tokens[from].begin));
    }
    return {};
}

}  // namespace rehearse
