package org.educloud.records;

/**
 * The fixed vocabulary platform modules use for learning activity, each with the xAPI verb IRI it becomes. IRIs
 * come from the ADL and community registries so outside tools reading the LRS recognise them.
 */
public enum LearningVerb {
    VIEWED("http://id.tincanapi.com/verb/viewed", "查看了", "viewed"),
    DOWNLOADED("http://id.tincanapi.com/verb/downloaded", "下载了", "downloaded"),
    LAUNCHED("http://adlnet.gov/expapi/verbs/launched", "打开了", "launched"),
    EXPERIENCED("http://adlnet.gov/expapi/verbs/experienced", "学习了", "experienced"),
    ATTEMPTED("http://adlnet.gov/expapi/verbs/attempted", "尝试了", "attempted"),
    ANSWERED("http://adlnet.gov/expapi/verbs/answered", "作答了", "answered"),
    SUBMITTED("http://activitystrea.ms/schema/1.0/submit", "提交了", "submitted"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "完成了", "completed"),
    PASSED("http://adlnet.gov/expapi/verbs/passed", "通过了", "passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "未通过", "failed"),
    SCORED("http://adlnet.gov/expapi/verbs/scored", "得分", "scored"),
    RATED("http://id.tincanapi.com/verb/rated", "评价了", "rated"),
    COMMENTED("http://adlnet.gov/expapi/verbs/commented", "评论了", "commented");

    private final String iri;
    private final String chinese;
    private final String english;

    LearningVerb(String iri, String chinese, String english) {
        this.iri = iri;
        this.chinese = chinese;
        this.english = english;
    }

    public String iri() {
        return iri;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
