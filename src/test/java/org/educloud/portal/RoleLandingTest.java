package org.educloud.portal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.educloud.support.EduCloudTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class RoleLandingTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} lands on the {1} home page")
    @CsvSource({
            "operator,       平台运维,         平台内的市级教育局,   审计日志",
            "city.admin,     市级教育局管理员, 我管理的教育局,       账号管理",
            "linjiang.admin, 区县教育局管理员, 我管理的教育局,       账号管理",
            "shiyan.admin,   学校管理员,       我管理的学校,         账号管理",
            "teacher.wang,   教师,             我任教的学校,         我的账号",
            "student.zhang,  学生,             我的学校,             我的账号",
            "parent.zhang,   家长,             孩子就读的学校,       我的账号"})
    void everyRoleLandsOnItsOwnHomePage(String username, String role, String places, String navigation)
            throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password("EduCloud2026"))
                .andExpect(redirectedUrl("/home"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/home").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(role)))
                .andExpect(content().string(containsString(places)))
                .andExpect(content().string(containsString(navigation)));
    }

    @ParameterizedTest(name = "a person with several roles can switch to {0}")
    @CsvSource({"TEACHER, 我任教的学校", "SCHOOL_ADMIN, 我管理的学校"})
    void aTeacherWhoAlsoRunsTheSchoolSwitchesBetweenRoles(String role, String places) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("teacher.li").password("EduCloud2026"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/home").param("as", role).cookie(session))
                .andExpect(content().string(containsString(places)))
                .andExpect(content().string(containsString("青山县石门乡中心小学")));
    }

    @ParameterizedTest(name = "the public portal speaks {0}")
    @CsvSource({"zh_CN, 一个平台，服务区域内每一所学校", "en, One platform for every school in the region"})
    void thePublicPortalSpeaksChineseByDefaultAndEnglishOnRequest(String lang, String headline) throws Exception {
        mvc.perform(get("/").param("lang", lang)).andExpect(content().string(containsString(headline)));
    }
}
