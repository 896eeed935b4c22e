package org.educloud.platform.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.educloud.platform.errors.DatabaseUnavailable;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A query of a request that gets no answer within the request's database deadline (a frozen server answers nothing,
 * as a long sleep does here) ends as an unavailable database, which every layer answers 503; the same pool's
 * connections carry no deadline for work outside a request. The bench drill `bench/database-stopped.sh` shows the
 * whole of it with PostgreSQL stopped.
 */
@EduCloudTest
class RequestDeadlineTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aRequestsQueryWithoutAnAnswerWithinTheDeadlineFailsAsAnUnavailableDatabase() throws Exception {
        assertThat(dataSource).as("the application's pool carries the deadline").isInstanceOf(RequestDeadline.class);
        RequestDeadline deadline = new RequestDeadline(pool(), Duration.ofMillis(300));
        RequestDeadline.enter();
        try (Connection connection = deadline.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("SELECT pg_sleep(5)"))
                    .satisfies(failure -> assertThat(DatabaseUnavailable.causedBy(failure)).isTrue());
        } finally {
            RequestDeadline.leave();
        }
    }

    @Test
    void workOutsideARequestHasNoDeadlineOnTheSamePool() throws Exception {
        RequestDeadline deadline = new RequestDeadline(pool(), Duration.ofMillis(300));
        RequestDeadline.enter();
        try (Connection connection = deadline.getConnection()) {
            assertThat(connection.getNetworkTimeout()).isEqualTo(300);
        } finally {
            RequestDeadline.leave();
        }
        try (Connection connection = deadline.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(connection.getNetworkTimeout()).isZero();
            statement.execute("SELECT pg_sleep(0.6)");
        }
    }

    private HikariDataSource pool() throws Exception {
        return dataSource.unwrap(HikariDataSource.class);
    }
}
