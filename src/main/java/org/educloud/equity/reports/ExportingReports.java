package org.educloud.equity.reports;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.educloud.equity.EquityReach;
import org.educloud.equity.SchoolYears;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of the balance report of a district, or of every district of a region, as XLSX or PDF. A request is
 * answered at once with a job; the file is built in the background (progress on its page) and kept for download
 * for a few days. Only admins of the node, or of a bureau above it, see its exports.
 */
@Service
@Transactional
public class ExportingReports {

    private static final int RECENT = 10;

    private final ReportExportStore store;
    private final ReportJobs jobs;
    private final ReportFont fonts;
    private final EquityReach reach;
    private final SchoolYears years;
    private final IdentityManagement identity;
    private final TenancyManagement tenancy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExportingReports(ReportExportStore store, ReportJobs jobs, ReportFont fonts, EquityReach reach, SchoolYears years,
                     IdentityManagement identity, TenancyManagement tenancy, ApplicationEventPublisher events,
                     Clock clock) {
        this.tenancy = tenancy;
        this.store = store;
        this.jobs = jobs;
        this.fonts = fonts;
        this.reach = reach;
        this.years = years;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** Queues the export; its build starts once this transaction has committed. */
    public ReportExportView request(Scope scope, OrgId org, @Nullable String year, ReportFormat format,
                                    Locale locale) {
        OrgNodeView node = reach.administered(scope, org, OrgKind.REGION, OrgKind.DISTRICT);
        String schoolYear = years.known(year == null ? years.current() : year);
        if (format == ReportFormat.PDF && !fonts.available()) {
            throw new RuleViolationException("equity.export.noFont");
        }
        String language = locale.getLanguage().equals("en") ? "en" : "zh-CN";
        String byName = scope.userId().value() == 0 ? "EduCloud" : identity.self(scope.userId()).displayName();
        long id = store.queue(node.id(), node.path(), node.name(), schoolYear, format, language,
                scope.userId().value(), byName, clock.instant());
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "equity.report.exported", node.name(),
                node.path(), schoolYear + " " + format));
        jobs.startAfterCommit(id, scope, node);
        return store.find(id).orElseThrow().view();
    }

    @Transactional(readOnly = true)
    public ReportExportView find(Scope scope, long id) {
        return visible(scope, id).view();
    }

    /** The latest exports covering a node (its own, and its region's the caller administers), newest first. */
    @Transactional(readOnly = true)
    public List<ReportExportView> recent(Scope scope, OrgId org) {
        reach.administered(scope, org, OrgKind.REGION, OrgKind.DISTRICT);
        return store.recent(coverage(scope, org).stream().map(OrgNodeView::id).toList(), RECENT);
    }

    /** What an export including this node may cover: the node, and each region above it the caller administers. */
    @Transactional(readOnly = true)
    public List<OrgNodeView> coverage(Scope scope, OrgId org) {
        reach.administered(scope, org, OrgKind.REGION, OrgKind.DISTRICT);
        return tenancy.lineage(org).reversed().stream().filter(n -> scope.canAdminister(n.path()))
                .filter(n -> n.kind() == OrgKind.REGION || n.kind() == OrgKind.DISTRICT).toList();
    }

    /** A finished export's file; a job still running, failed or expired answers a conflict saying so. */
    @Transactional(readOnly = true)
    public ExportedFile file(Scope scope, long id) {
        ReportExportView view = visible(scope, id).view();
        byte[] content = store.content(id).orElse(null);
        if (view.status() != ReportExportStatus.DONE || content == null || view.fileName() == null) {
            throw new ConflictException("", "equity.export.notReady");
        }
        return new ExportedFile(view.fileName(), view.format().contentType(), content);
    }

    /** Whether PDF export can run on this installation (a Chinese TrueType font was found). */
    public boolean pdfAvailable() {
        return fonts.available();
    }

    private ReportExportStore.Job visible(Scope scope, long id) {
        ReportExportStore.Job job = store.find(id).orElseThrow(() -> new NotFoundException("equity.error.notFound"));
        if (!scope.canAdminister(job.orgPath())) {
            throw new NotFoundException("equity.error.notFound");
        }
        return job;
    }
}
