package org.educloud.demo.homeschool;

import java.util.Map;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.homeschool.messages.Messaging;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * A conversation between 张建华 and his son's head teacher 王老师 in 实验小学: he asks her to watch a cough, she
 * answers, and his thanks wait unread on her home page. (The demo's other school has no parent with an account.)
 */
@Component
class DemoMessages implements DemoStep {

    private final Messaging messaging;
    private final IdentityManagement identity;

    DemoMessages(Messaging messaging, IdentityManagement identity) {
        this.messaging = messaging;
        this.identity = identity;
    }

    /** After the roster's classes and the notices. */
    @Override
    public int order() {
        return 610;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.accounts());
    }

    void load(Map<String, UserId> accounts) {
        UserId teacherAccount = accounts.get("teacher.wang");
        Scope teacher = identity.scopeOf(teacherAccount);
        Scope parent = identity.scopeOf(accounts.get("parent.zhang"));
        long thread = messaging.write(parent, teacherAccount,
                "王老师您好，小明这两天有点咳嗽，早上到校后麻烦您留意一下他的体温，谢谢！");
        messaging.open(teacher, thread);
        messaging.reply(teacher, thread,
                "张先生您好，上午量了两次体温都正常，精神也不错。午饭后提醒他喝了温水，请放心。");
        messaging.open(parent, thread);
        messaging.reply(parent, thread, "好的，太感谢您了！周五运动会他报了跳绳，这几天在家也在练。");
    }
}
