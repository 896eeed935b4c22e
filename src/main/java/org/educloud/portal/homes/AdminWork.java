package org.educloud.portal.homes;

import java.util.List;
import java.util.Map;
import org.educloud.equity.SurveyToDo;
import org.educloud.library.ResourceView;
import org.educloud.roster.ImportRunView;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;

/**
 * An admin's work as their home page lists it: surveys to submit or confirm, resources to review (the first few and
 * how many in all), imports that failed lately and were not redone (with the names of the places they were for),
 * and the balance standing of their counties or school.
 */
public record AdminWork(List<SurveyToDo> surveys, PageSlice<ResourceView> reviews, List<ImportRunView> failedImports,
                        Map<OrgId, String> importPlaces, List<BalanceStatus> balance) {

    /** Surveys listed on the page; the rest are counted. */
    public List<SurveyToDo> listedSurveys() {
        return surveys.stream().limit(AdminToDos.MOST).toList();
    }

    public int moreSurveys() {
        return Math.max(0, surveys.size() - AdminToDos.MOST);
    }

    /** How many days back a failed import still counts as work. */
    public int importDays() {
        return AdminToDos.FAILED_IMPORT_DAYS;
    }

    /** Whether nothing at all waits: the page says so in one line. */
    public boolean nothing() {
        return surveys.isEmpty() && reviews.total() == 0 && failedImports.isEmpty();
    }
}
