package org.educloud.network.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.network.AccessType;
import org.educloud.network.ChangeSource;
import org.educloud.network.ConnectivityView;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.Locality;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures on a small county worked out by hand: two urban schools on fibre, a town school, three
 * rural schools (fibre, a satellite line, none) and a rural school that declared nothing.
 */
class ConnectivityTallyTest {

    private static long ids = 1;

    private static final List<SchoolLine> COUNTY = List.of(
            school(Locality.URBAN, 500, AccessType.FIBRE, 1000, 20, 20),
            school(Locality.URBAN, 300, AccessType.FIBRE, 200, 10, 8),
            school(Locality.TOWN, 400, AccessType.FIBRE, 100, 12, 6),
            school(Locality.RURAL, 100, AccessType.FIBRE, 100, 6, 3),
            school(Locality.RURAL, 80, AccessType.SATELLITE, 20, 4, 1),
            school(Locality.RURAL, 120, AccessType.NONE, null, 3, 0),
            new SchoolLine(OrgId.of(ids++), "未填报", new OrgPath("/1/99/"), Locality.RURAL, 50, null));

    @Test
    void urbanSchoolsFiguresFollowFromTheirDeclarations() {
        ConnectivityTally urban = ComputingConnectivity.byLocality(COUNTY).get(Locality.URBAN);
        assertThat(urban.value(Measure.CONNECTED_SHARE)).isEqualTo(1.0);
        assertThat(urban.value(Measure.MBPS_PER_SCHOOL)).isEqualTo(600.0);        // (1000 + 200) / 2
        assertThat(urban.value(Measure.MBPS_PER_STUDENT)).isEqualTo(1.5);         // 1200 / 800
        assertThat(urban.value(Measure.SHARE_100)).isEqualTo(1.0);
        assertThat(urban.value(Measure.SHARE_1000)).isEqualTo(0.5);
        assertThat(urban.value(Measure.MULTIMEDIA_COVERAGE)).isCloseTo(28 / 30.0, within(1e-9));
    }

    @Test
    void aRuralSchoolWithoutAccessCountsWithNoBandwidthAndOneThatSaidNothingIsLeftOut() {
        ConnectivityTally rural = ComputingConnectivity.byLocality(COUNTY).get(Locality.RURAL);
        assertThat(rural.schools()).isEqualTo(4);
        assertThat(rural.declared()).isEqualTo(3);
        assertThat(rural.undeclared()).isEqualTo(1);
        assertThat(rural.value(Measure.CONNECTED_SHARE)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(rural.students()).isEqualTo(300);                               // the undeclared 50 left out
        assertThat(rural.value(Measure.MBPS_PER_STUDENT)).isCloseTo(0.4, within(1e-9));  // 120 / 300
        assertThat(rural.value(Measure.MBPS_PER_SCHOOL)).isCloseTo(40.0, within(1e-9));  // 120 / 3
        assertThat(rural.value(Measure.SHARE_100)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(rural.value(Measure.SHARE_1000)).isEqualTo(0.0);
        assertThat(rural.value(Measure.MULTIMEDIA_COVERAGE)).isCloseTo(4 / 13.0, within(1e-9));
    }

    @Test
    void parityIsRuralOverUrbanWithTheAdjustedIndexAndItsBand() {
        Map<Locality, ConnectivityTally> byLocality = ComputingConnectivity.byLocality(COUNTY);
        Parity perStudent = Parity.of(byLocality.get(Locality.RURAL).value(Measure.MBPS_PER_STUDENT),
                byLocality.get(Locality.URBAN).value(Measure.MBPS_PER_STUDENT));
        assertThat(perStudent.index()).isCloseTo(0.2667, within(1e-4));           // 0.4 / 1.5
        assertThat(perStudent.adjusted()).isEqualTo(perStudent.index());
        assertThat(perStudent.band()).isEqualTo(Parity.Band.BEHIND);
        Parity coverage = Parity.of(byLocality.get(Locality.RURAL).value(Measure.MULTIMEDIA_COVERAGE),
                byLocality.get(Locality.URBAN).value(Measure.MULTIMEDIA_COVERAGE));
        assertThat(coverage.index()).isCloseTo(0.3297, within(1e-4));             // (4/13) / (28/30)
        Parity townConnected = Parity.of(byLocality.get(Locality.TOWN).value(Measure.CONNECTED_SHARE),
                byLocality.get(Locality.URBAN).value(Measure.CONNECTED_SHARE));
        assertThat(townConnected.band()).isEqualTo(Parity.Band.PARITY);
    }

    @Test
    void parityAboveOneIsAdjustedOntoTheSameScaleAsDomainSaysAndUndefinedAgainstZero() {
        assertThat(Parity.of(0.60, 0.80).index()).isCloseTo(0.7500, within(1e-4));
        Parity ahead = Parity.of(0.90, 0.80);
        assertThat(ahead.index()).isCloseTo(1.1250, within(1e-4));
        assertThat(ahead.adjusted()).isCloseTo(1.1111, within(1e-4));
        assertThat(ahead.band()).isEqualTo(Parity.Band.AHEAD);
        assertThat(Parity.of(1.0, 0.98).band()).isEqualTo(Parity.Band.PARITY);
        assertThat(Parity.of(0.5, 0.0).index()).isNull();
        assertThat(Parity.of(null, 1.0).band()).isNull();
    }

    @Test
    void aGroupWithoutDeclarationsHasNoFiguresRatherThanZeros() {
        ConnectivityTally none = ConnectivityTally.of(List.of());
        for (Measure measure : Measure.values()) {
            assertThat(none.value(measure)).as(measure.name()).isNull();
        }
    }

    private static SchoolLine school(Locality locality, long students, AccessType access, Integer down,
                                     int classrooms, int multimedia) {
        long id = ids++;
        ConnectivityView view = new ConnectivityView(id, OrgId.of(id), access, access.connected() ? "电信" : null,
                down, down == null ? null : down / 5, true, false, classrooms, multimedia, 10, Instant.EPOCH, null,
                "测试", ChangeSource.FORM);
        return new SchoolLine(OrgId.of(id), "学校" + id, new OrgPath("/1/2/" + id + "/"), locality, students, view);
    }
}
