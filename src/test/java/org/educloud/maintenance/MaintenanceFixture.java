package org.educloud.maintenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.Scope;
import org.educloud.support.LiveFixtures;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.TenantFixture;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A device in each fixture side's school and a fix filed at its district, made on first use: what the isolation
 * matrix calls with the other side's ids. The endpoints' list is built without Spring, so it reaches the one
 * instance through {@link #sides}.
 */
@Component
// the isolation matrix's rows, for the whole application's tests: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class MaintenanceFixture {

    /** One side's maintenance rows. */
    public record Rows(long equipmentId, long articleId) {
    }

    private static final LiveFixtures<MaintenanceFixture> LIVE = new LiveFixtures<>();

    private final EquipmentRegister equipment;
    private final KnowledgeBase knowledge;
    private final Map<String, Rows> made = new HashMap<>();

    MaintenanceFixture(EquipmentRegister equipment, KnowledgeBase knowledge) {
        this.equipment = equipment;
        this.knowledge = knowledge;
        LIVE.made(this);
    }

    @jakarta.annotation.PreDestroy
    void contextClosed() {
        LIVE.closed(this);
    }

    /** The rows of a side, made the first time they are asked for. */
    public static Rows sides(TenantFixture.Side side) {
        return LIVE.current().of(side);
    }

    public synchronized Rows of(TenantFixture.Side side) {
        return made.computeIfAbsent(side.key(), key -> {
            Scope installation = Scope.installation();
            long device = equipment.record(installation, side.school().id(), new NewEquipment("网络机房",
                    EquipmentKind.NETWORK_GEAR, "核心交换机", "FX-" + key.toUpperCase() + "-SW1",
                    LocalDate.of(2024, 3, 1), new BigDecimal("5200"), LocalDate.of(2027, 3, 1)));
            long article = knowledge.publish(installation, side.district().id(), new NewArticle(ArticleKind.NETWORK,
                    side.district().name() + "的交换机重启步骤", "交换机指示灯全灭", "<p>检查电源</p>", List.of("交换机")));
            return new Rows(device, article);
        });
    }
}
