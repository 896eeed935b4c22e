package org.educloud.demo.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.maintenance.tickets.TicketStatus;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo has tickets in every state at its schools, and vendor.hx signs in to the ones of its company only. */
@EduCloudTest
class DemoTicketsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityManagement identity;

    @Test
    void theDemoSchoolsHaveTicketsInEveryStateAndTheVendorItsOwn() {
        List<String> statuses = jdbc.sql("""
                        SELECT DISTINCT t.status FROM maintenance.ticket t
                        WHERE t.school_name IN ('江州市临江区实验小学', '江州市临江区第二实验小学', '青山县石门乡中心小学')""")
                .query(String.class).list();
        assertThat(statuses).containsAll(Arrays.stream(TicketStatus.values()).map(Enum::name).toList());

        long vendorAccount = identity.accountNamed(DemoTickets.VENDOR_ACCOUNT).orElseThrow().value();
        assertThat(identity.self(identity.accountNamed(DemoTickets.VENDOR_ACCOUNT).orElseThrow()).mustChangePassword())
                .isFalse();
        assertThat(jdbc.sql("""
                        SELECT v.name FROM maintenance.vendor_account a JOIN maintenance.vendor v ON v.id = a.vendor_id
                        WHERE a.account_id = ?""").param(vendorAccount).query(String.class).single())
                .isEqualTo("江州恒信网络技术有限公司");
        assertThat(jdbc.sql("SELECT count(*) FROM maintenance.ticket t JOIN maintenance.vendor v ON v.id = t.vendor_id "
                + "WHERE v.name = '江州恒信网络技术有限公司'").query(Long.class).single())
                .as("its three, and any outage ticket the demo's probes opened since and the desk handed to it")
                .isGreaterThanOrEqualTo(3);
    }
}
