#include "core/text/abbreviations.hpp"

namespace rehearse {

const std::vector<std::vector<std::string_view>>& abbreviationGroups() {
    static const std::vector<std::vector<std::string_view>> groups = {
        {"ctr", "click through rate"},
        {"cvr", "conversion rate"},
        {"ltr", "learning to rank"},
        {"a/b test", "ab test", "split test", "online a/b experiment"},
        {"a/b testing", "ab testing"},
        {"p99", "99th percentile"},
        {"p95", "95th percentile"},
        {"gbdt", "gradient boosted decision tree", "gradient boosted tree", "boosted tree"},
        {"ann", "approximate nearest neighbor", "approximate nearest neighbour"},
        {"knn", "k nearest neighbor"},
        {"qps", "queries per second", "query per second"},
        {"tps", "transactions per second"},
        {"rps", "requests per second"},
        {"ndcg", "normalized discounted cumulative gain"},
        {"mrr", "mean reciprocal rank"},
        {"psi", "population stability index"},
        {"llm", "large language model"},
        {"rag", "retrieval augmented generation"},
        {"ece", "expected calibration error"},
        {"mae", "mean absolute error"},
        {"rmse", "root mean squared error", "root mean square error"},
        {"fpr", "false positive rate"},
        {"tpr", "true positive rate"},
        {"roc auc", "auc roc", "area under the roc curve"},
        {"pr auc", "auprc", "auc pr", "area under the precision recall curve"},
        {"dau", "daily active users"},
        {"mau", "monthly active users"},
        {"ltv", "lifetime value"},
        {"ocr", "optical character recognition"},
        {"gnn", "graph neural network"},
        {"cnn", "convolutional neural network"},
        {"dnn", "deep neural network"},
        {"sla", "service level agreement"},
        {"slo", "service level objective"},
        {"pii", "personally identifiable information"},
        {"gmv", "gross merchandise value"},
        {"mlp", "multilayer perceptron", "multi layer perceptron"},
        {"kyc", "know your customer"},
        {"aov", "average order value"},
        {"nlp", "natural language processing"},
        {"ope", "off policy evaluation"},
        // Units as notes write them: "searchable within 10 min", "a 6-hr batch".
        {"minutes", "mins", "min"},
        {"hours", "hrs", "hr"},
        {"seconds", "secs", "sec"},
        {"ms", "milliseconds", "millisecond", "msec"},
    };
    return groups;
}

}  // namespace rehearse
