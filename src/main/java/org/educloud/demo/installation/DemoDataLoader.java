package org.educloud.demo.installation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.demo.activity.DemoActivity;
import org.educloud.demo.assessment.DemoAssessment;
import org.educloud.demo.connectivity.DemoConnectivity;
import org.educloud.demo.courses.DemoLearning;
import org.educloud.demo.equipment.DemoEquipment;
import org.educloud.demo.development.DemoDevelopment;
import org.educloud.demo.homeschool.DemoNotices;
import org.educloud.demo.people.DemoRoster;
import org.educloud.demo.probes.DemoProbes;
import org.educloud.demo.resources.DemoLibrary;
import org.educloud.demo.schoolday.DemoSchoolday;
import org.educloud.demo.schools.DemoInstallation;
import org.educloud.demo.schools.DemoSchool;
import org.educloud.demo.surveys.DemoEquity;
import org.educloud.demo.tickets.DemoTickets;
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

/**
 * Loads the demo installation once, in one transaction: a second start, or a second node, finds the city bureau
 * and changes nothing.
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
    private final DemoRoster demoRoster;
    private final DemoLibrary demoLibrary;
    private final DemoLearning demoLearning;
    private final DemoEquity demoEquity;
    private final DemoActivity demoActivity;
    private final DemoAssessment demoAssessment;
    private final DemoConnectivity demoConnectivity;
    private final DemoProbes demoProbes;
    private final DemoEquipment demoEquipment;
    private final DemoTickets demoTickets;
    private final DemoDevelopment demoDevelopment;
    private final DemoSchoolday demoSchoolday;
    private final DemoNotices demoNotices;

    DemoDataLoader(TenancyManagement tenancy, IdentityManagement identity, DemoProperties properties,
                   Environment environment, TransactionTemplate transactions, DemoRoster demoRoster,
                   DemoLibrary demoLibrary, DemoLearning demoLearning, DemoEquity demoEquity,
                   DemoActivity demoActivity, DemoAssessment demoAssessment, DemoConnectivity demoConnectivity,
                   DemoProbes demoProbes, DemoEquipment demoEquipment,
                   DemoTickets demoTickets,
                   DemoDevelopment demoDevelopment,
                   DemoSchoolday demoSchoolday,
                   DemoNotices demoNotices) {
        this.demoConnectivity = demoConnectivity;
        this.demoProbes = demoProbes;
        this.demoEquipment = demoEquipment;
        this.demoTickets = demoTickets;
        this.demoDevelopment = demoDevelopment;
        this.demoSchoolday = demoSchoolday;
        this.demoNotices = demoNotices;
        this.demoAssessment = demoAssessment;
        this.demoActivity = demoActivity;
        this.demoLearning = demoLearning;
        this.demoEquity = demoEquity;
        this.demoLibrary = demoLibrary;
        this.demoRoster = demoRoster;
        this.tenancy = tenancy;
        this.identity = identity;
        this.properties = properties;
        this.environment = environment;
        this.transactions = transactions;
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
            long t0 = System.nanoTime();
            Map<String, DemoRoster.DemoClass> classes = demoRoster.load(INSTALLATION, places, accounts);
            long t1 = System.nanoTime();
            Map<String, Long> resources = demoLibrary.load(INSTALLATION, places, accounts);
            long t2 = System.nanoTime();
            demoLearning.load(accounts, resources, classes);
            demoAssessment.load(accounts, classes);
            demoSchoolday.load(INSTALLATION, places, accounts, classes);
            demoNotices.load(accounts, classes);
            long t3 = System.nanoTime();
            demoActivity.load(accounts, resources, classes, places, DemoRoster.AUTUMN_TERM_STARTS);
            long t4 = System.nanoTime();
            demoEquity.load(INSTALLATION, places);
            demoConnectivity.load(INSTALLATION, places);
            demoProbes.load(places, Instant.now());
            demoEquipment.load(INSTALLATION, places);
            demoTickets.load(accounts, places, properties.passwordOrDefault());
            demoDevelopment.load(INSTALLATION, places);
            long t5 = System.nanoTime();
            LOG.debug("Demo load in ms: accounts {}, roster {}, library {}, learning and assessment {}, activity {}, "
                    + "equity, networks and equipment {}",
                    (t0 - started) / 1_000_000,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                    (t5 - t4) / 1_000_000);
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
