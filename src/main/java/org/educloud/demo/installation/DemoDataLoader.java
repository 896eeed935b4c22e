package org.educloud.demo.installation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.educloud.demo.schools.DemoInstallation;
import org.educloud.demo.schools.DemoSchool;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.platform.NoExternalDatabase;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.TenancyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Loads the demo installation once, in one transaction: a second start, or a second node, finds the city bureau
 * and changes nothing. It registers the schools and accounts itself, then runs every {@link DemoStep} there is in
 * their order, so an area adds its demo data without a change here.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final Scope INSTALLATION = Scope.installation();

    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final DemoProperties properties;
    private final Environment environment;
    private final TransactionTemplate transactions;
    private final List<DemoStep> steps;

    DemoDataLoader(TenancyManagement tenancy, IdentityManagement identity, DemoProperties properties,
                   Environment environment, TransactionTemplate transactions, List<DemoStep> steps) {
        this.tenancy = tenancy;
        this.identity = identity;
        this.properties = properties;
        this.environment = environment;
        this.transactions = transactions;
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        var orders = new HashSet<Integer>();
        for (DemoStep step : this.steps) {
            if (!orders.add(step.order())) {
                // two steps in one place would load in whichever order the beans were found: not the same every start
                throw new IllegalStateException("Two demo steps have the order " + step.order());
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = properties.enabled() != null ? properties.enabled() : NoExternalDatabase.isEmbedded(environment);
        if (enabled) {
            load();
        }
    }

    /** Loads the demo unless it is there already; returns whether it loaded. */
    boolean load() {
        Boolean loaded = transactions.execute(status -> {
            boolean present = tenancy.search(INSTALLATION, new OrgQuery(DemoInstallation.CITY, null, null, null, null), 0, 1)
                    .total() > 0;
            if (present) {
                return false;
            }
            long started = System.nanoTime();
            Map<String, OrgId> places = new HashMap<>();
            OrgNodeView city = tenancy.registerBureau(INSTALLATION, null,
                    new BureauDraft(DemoInstallation.CITY, DemoInstallation.CITY_DIVISION));
            places.put("city", city.id());
            for (DemoInstallation.District district : DemoInstallation.DISTRICTS) {
                OrgNodeView node = tenancy.registerBureau(INSTALLATION, city.id(),
                        new BureauDraft(district.name(), district.division()));
                places.put(district.key(), node.id());
                for (DemoSchool school : district.schools()) {
                    OrgNodeView registered = tenancy.registerSchool(INSTALLATION, node.id(), new SchoolDraft(
                            school.name(), school.code(), school.stages(), school.locality(), school.teachingPoint(),
                            school.address(), principalOf(school), null));
                    places.put(school.key(), registered.id());
                }
            }
            Map<String, UserId> accounts = new HashMap<>();
            for (DemoInstallation.DemoAccount account : DemoInstallation.ACCOUNTS) {
                if (!identity.exists(account.username())) {
                    OrgId place = account.placeKey().isEmpty() ? null : places.get(account.placeKey());
                    var created = identity.create(INSTALLATION, new NewAccount(account.username(),
                            account.displayName(), account.phone(), null, account.role(),
                            place == null ? null : place.value(), properties.passwordOrDefault()), false);
                    accounts.put(account.username(), created.account().id());
                }
            }
            for (DemoInstallation.DemoAccount extra : DemoInstallation.EXTRA_GRANTS) {
                UserId id = accounts.get(extra.username());
                if (id != null) {
                    identity.grant(INSTALLATION, id, extra.role(), places.get(extra.placeKey()));
                }
            }
            long accountsLoaded = System.nanoTime();
            LOG.debug("Demo load in ms: schools and accounts {}", (accountsLoaded - started) / 1_000_000);
            DemoContext demo = new DemoContext(INSTALLATION, places, accounts, properties.passwordOrDefault());
            for (DemoStep step : steps) {
                long stepStarted = System.nanoTime();
                step.run(demo);
                LOG.debug("Demo load in ms: {} {}", ClassUtils.getUserClass(step).getSimpleName(),
                        (System.nanoTime() - stepStarted) / 1_000_000);
            }
            LOG.info("Loaded the demo installation in {} ms", (System.nanoTime() - started) / 1_000_000);
            LOG.warn("The demo accounts share a published password: never expose this installation to a network "
                    + "you do not trust (set educloud.demo.password, or run without demo data)");
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    /** A stable, plausible principal's name per school, derived from its code rather than drawn at random. */
    private static String principalOf(DemoSchool school) {
        String[] surnames = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫"};
        String[] givenNames = {"明华", "建平", "秀英", "志强", "海燕", "国庆", "丽萍", "文杰"};
        int seed = Integer.parseInt(school.code().substring(6));
        return surnames[seed % surnames.length] + givenNames[(seed / 7) % givenNames.length];
    }
}
