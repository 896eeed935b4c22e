package org.educloud.homeschool.notices;

import java.util.List;
import org.educloud.homeschool.HomeNotices;
import org.educloud.homeschool.NoticeSummary;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;

/** The home pages' view of notices, answered by the guardian's side of {@link ReadingNotices}. */
@Service
class HomeNoticesService implements HomeNotices {

    private final ReadingNotices reading;

    HomeNoticesService(ReadingNotices reading) {
        this.reading = reading;
    }

    @Override
    public List<NoticeSummary> awaiting(Scope scope, int most) {
        return reading.awaiting(scope, most).stream().map(g -> new NoticeSummary(g.notice().id(), g.notice().title(),
                g.notice().senderName(), g.notice().sentAt(), g.notice().deadline(), g.mine() != null)).toList();
    }
}
