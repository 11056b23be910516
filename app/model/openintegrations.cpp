// SPDX-License-Identifier: MIT
#include "model/openintegrations.h"

#include "common/safetext.h"
#include "model/toolicons.h"

#include <QFileInfo>
#include <QStringList>

namespace kombo {

namespace {

// A label in a list row: one line, short enough that a hostile one cannot widen anything.
constexpr qsizetype kRowLabelChars = 80;
const QString kErrorMarker = QStringLiteral("\u26A0 "); // warning sign: not colour alone

} // namespace

QString sourceName(LoadSource source, const QString &location)
{
    switch (source) {
    case LoadSource::File:
        return oneLine(QFileInfo(location).fileName(), kMaxLabelChars);
    case LoadSource::Demo:
        return OpenIntegrations::tr("demo");
    case LoadSource::Api:
    case LoadSource::None:
        break;
    }
    return oneLine(location, kMaxLabelChars);
}

OpenIntegrations::OpenIntegrations(const ToolIcons *icons, QObject *parent)
    : QAbstractListModel(parent), m_icons(icons)
{
    if (m_icons) {
        connect(m_icons, &ToolIcons::changed, this, [this](const QString &url) {
            for (int row = 0; row < count(); ++row) {
                const Entry &each = entry(row);
                if (each.loaded && each.loaded->integration->tool.iconUrl == url)
                    changedRow(row);
            }
        });
    }
}

OpenIntegrations::~OpenIntegrations() = default;

int OpenIntegrations::find(LoadSource source, const QString &location) const
{
    for (int row = 0; row < count(); ++row) {
        if (entry(row).source == source && entry(row).location == location)
            return row;
    }
    return -1;
}

int OpenIntegrations::open(LoadSource source, const QString &location)
{
    if (const int row = find(source, location); row >= 0) {
        m_entries[std::size_t(row)].state = State::Loading;
        m_entries[std::size_t(row)].note.clear();
        changedRow(row);
        return row;
    }
    const int row = count();
    beginInsertRows({}, row, row);
    Entry added;
    added.source = source;
    added.location = location;
    m_entries.push_back(std::move(added));
    endInsertRows();
    return row;
}

void OpenIntegrations::setLoaded(int row, LoadedIntegration loaded)
{
    Entry &changed = m_entries[std::size_t(row)];
    changed.loaded = std::move(loaded);
    changed.state = State::Loaded;
    changed.failure.reset();
    changed.note.clear();
    changedRow(row);
    emit integrationsChanged();
}

void OpenIntegrations::setFailed(int row, const Failure &failure)
{
    Entry &changed = m_entries[std::size_t(row)];
    changed.state = State::Failed;
    changed.failure = failure;
    changed.note.clear();
    changedRow(row);
}

bool OpenIntegrations::setCancelled(int row)
{
    Entry &changed = m_entries[std::size_t(row)];
    if (!changed.loaded && !changed.failure) {
        remove(row);
        return false;
    }
    changed.state = changed.failure ? State::Failed : State::Loaded;
    changed.note.clear();
    changedRow(row);
    return true;
}

void OpenIntegrations::setNote(int row, const QString &note)
{
    m_entries[std::size_t(row)].note = note;
    changedRow(row);
}

void OpenIntegrations::remove(int row)
{
    const bool hadIntegration = entry(row).loaded.has_value();
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
    if (hadIntegration)
        emit integrationsChanged();
}

void OpenIntegrations::setStatus(int row, const QString &text, const QString &toolTip)
{
    Entry &changed = m_entries[std::size_t(row)];
    if (changed.statusText == text && changed.statusToolTip == toolTip)
        return; // every update of the list sets it again: only a change repaints
    changed.statusText = text;
    changed.statusToolTip = toolTip;
    changedRow(row);
}

std::vector<std::shared_ptr<const Integration>> OpenIntegrations::loadedIntegrations() const
{
    std::vector<std::shared_ptr<const Integration>> loaded;
    loaded.reserve(m_entries.size());
    for (const Entry &each : m_entries) {
        if (each.loaded)
            loaded.push_back(each.loaded->integration);
    }
    return loaded;
}

int OpenIntegrations::loadingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &each) { return each.state == State::Loading; }));
}

int OpenIntegrations::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant OpenIntegrations::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &shown = entry(index.row());
    const Integration *integration = shown.loaded ? shown.loaded->integration.get() : nullptr;
    const bool failed = shown.state == State::Failed;
    switch (role) {
    case Qt::DisplayRole: {
        // Two lines, tool and end user, as a person tells integrations apart; then what is
        // under way or went wrong, then the status line.
        QStringList lines;
        const QString marker = failed ? kErrorMarker : QString();
        if (integration) {
            lines << marker + oneLine(integration->tool.label, kRowLabelChars)
                  << oneLine(integration->endUser.organizationName, kRowLabelChars);
        } else {
            lines << marker + capped(sourceName(shown.source, shown.location), kRowLabelChars);
        }
        if (shown.state == State::Loading)
            lines << (shown.note.isEmpty() ? tr("Loading…") : shown.note);
        else if (failed)
            lines << (integration ? tr("Reload failed") : tr("Could not load"));
        if (!shown.statusText.isEmpty())
            lines << oneLine(shown.statusText, kRowLabelChars);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (integration) {
            lines << tr("%1 for %2").arg(oneLine(integration->tool.label, kMaxLabelChars),
                                         oneLine(integration->endUser.organizationName,
                                                 kMaxLabelChars))
                  << tr("Integration ID: %1").arg(oneLine(integration->id, kMaxLabelChars));
        }
        switch (shown.source) {
        case LoadSource::Api:
            lines << tr("Loaded from the API as %1").arg(oneLine(shown.location, kMaxLabelChars));
            break;
        case LoadSource::File:
            lines << tr("Opened from %1").arg(oneLine(shown.location, kMaxLabelChars));
            break;
        case LoadSource::Demo:
            lines << tr("The bundled demo");
            break;
        case LoadSource::None:
            break;
        }
        if (shown.failure) {
            lines << (integration ? tr("The last reload failed: %1") : tr("Could not load: %1"))
                         .arg(oneLine(shown.failure->localizedMessage()));
        }
        if (!shown.note.isEmpty())
            lines << shown.note;
        if (!shown.statusToolTip.isEmpty())
            lines << shown.statusToolTip;
        return plainToolTip(lines.join(QLatin1Char('\n')));
    }
    case Qt::AccessibleDescriptionRole:
        return failed ? tr("Failed to load") : QVariant();
    case Qt::DecorationRole:
        if (integration && m_icons)
            return m_icons->icon(integration->tool.iconUrl, integration->tool.label);
        return {};
    case SourceRole:
        return int(shown.source);
    case LocationRole:
        return shown.location;
    case StateRole:
        return int(shown.state);
    case IntegrationIdRole:
        return integration ? integration->id : QString();
    case FailureRole:
        return shown.failure ? shown.failure->localizedMessage() : QString();
    case StatusTextRole:
        return shown.statusText;
    default:
        break;
    }
    return {};
}

void OpenIntegrations::changedRow(int row)
{
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

} // namespace kombo
