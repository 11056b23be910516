// SPDX-License-Identifier: MIT
#include "model/coveragesummary.h"

namespace kombo {

StatusCounts fieldCounts(const Integration &integration, const Model &model)
{
    StatusCounts counts;
    for (const Field *field = integration.fieldsBegin(model); field != integration.fieldsEnd(model);
         ++field)
        counts.add(*field);
    return counts;
}

CoverageSummary CoverageSummary::of(const Integration &integration)
{
    CoverageSummary summary;
    for (const Model &model : integration.readModels) {
        summary.readModels.add(model);
        summary.readFields += fieldCounts(integration, model);
    }
    for (const Model &action : integration.writeActions) {
        summary.writeActions.add(action);
        summary.writeFields += fieldCounts(integration, action);
    }
    return summary;
}

} // namespace kombo
