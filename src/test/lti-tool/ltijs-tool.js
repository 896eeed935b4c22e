'use strict'
/*
 * An LTI 1.3 tool built on ltijs, the open-source LTI Advantage tool library (IMS certified), for EduCloud's
 * LtijsToolTest: ltijs does the tool's side of the protocol — login initiation, checking the platform's id_token,
 * the deep-linking response, the client-credentials token and the AGS/NRPS calls — and this file only wires it up:
 *
 *   - the launch page shows what ltijs saw in the id_token (as JSON the test reads) and the tool's session token (ltik);
 *   - the deep-linking request opens the tool's content picker; picking an item answers the platform through ltijs;
 *   - /grade, /lineitems, /results and /members call ltijs's Grade and NamesAndRoles services with the ltik's session,
 *     following the platform's Link rel="next" pages, and report the platform's refusals as { platformStatus }.
 *
 * Started by the test with the embedded PostgreSQL's coordinates (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD)
 * and a secret (LTI_KEY). It listens on a free port of 127.0.0.1 and prints "listening <port>"; the test then
 * registers it in EduCloud and writes one JSON line to its standard input, {"platform": ..., "clientId": ...}, and the
 * tool registers the platform with ltijs and prints "registered".
 */
const readline = require('readline')
const lti = require('ltijs').Provider
const Database = require('ltijs-sequelize')

const env = process.env
const db = new Database(env.PGDATABASE, env.PGUSER, env.PGPASSWORD || '', {
  host: env.PGHOST,
  port: Number(env.PGPORT),
  dialect: 'postgres',
  logging: false
})

lti.setup(env.LTI_KEY, { plugin: db }, {
  appRoute: '/launch',
  loginRoute: '/login',
  keysetRoute: '/keys',
  // the platform and the tool are both plain http on 127.0.0.1 in the test
  cookies: { secure: false, sameSite: 'Lax' },
  devMode: false,
  // the id_token's age on arrival; a busy test machine gets a minute instead of ltijs's ten seconds
  tokenMaxAge: 60
})

/** The content the tool offers a teacher in its picker, by key. */
function catalogue (base) {
  return {
    'fraction-wall': [{
      type: 'ltiResourceLink',
      title: '分数墙互动练习',
      url: base + '/launch?activity=fraction-wall',
      lineItem: { scoreMaximum: 20, label: '分数墙得分', resourceId: 'fraction-wall', tag: 'practice' }
    }],
    'reading-video': [{
      type: 'link',
      title: '分数的读法（讲解视频）',
      url: 'https://video.example.org/fractions/reading'
    }]
  }
}

function html (body) {
  return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>ltijs tool</title></head><body>' + body + '</body></html>'
}

function json (value) {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

function escape (text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** An ltijs service call that failed: the platform's answer when it gave one, else the error. */
function failed (res, err) {
  if (err && err.response) {
    return res.status(502).json({ platformStatus: err.response.statusCode, platformBody: String(err.response.body) })
  }
  return res.status(500).json({ error: String(err && err.message ? err.message : err) })
}

lti.onConnect(async (token, req, res) => {
  const context = token.platformContext
  const seen = {
    user: token.user,
    name: token.userInfo ? token.userInfo.name : null,
    roles: context.roles,
    context: context.context,
    resource: context.resource,
    targetLinkUri: context.targetLinkUri,
    lineitem: context.endpoint ? context.endpoint.lineitem || null : null,
    lineitems: context.endpoint ? context.endpoint.lineitems || null : null,
    activity: req.query.activity || null,
    ltik: res.locals.ltik
  }
  return res.send(html('<p id="launched">launched</p><script type="application/json" id="seen">' + json(seen) +
    '</script>'))
})

lti.onDeepLinking(async (token, req, res) => {
  const ltik = encodeURIComponent(res.locals.ltik)
  const links = Object.keys(catalogue('')).map(key =>
    '<li><a id="pick-' + key + '" href="/pick?item=' + key + '&amp;ltik=' + ltik + '">' + escape(key) + '</a></li>')
  return res.send(html('<h1 id="picker">picker</h1><ul>' + links.join('') + '</ul>'))
})

lti.app.get('/pick', async (req, res) => {
  const items = catalogue(req.protocol + '://' + req.get('host'))[req.query.item]
  if (!items) return res.status(404).send('no such content')
  try {
    const form = await lti.DeepLinking.createDeepLinkingForm(res.locals.token, items, { message: 'picked' })
    return res.send(html(form))
  } catch (err) {
    return failed(res, err)
  }
})

lti.app.post('/grade', async (req, res) => {
  const token = res.locals.token
  const score = {
    scoreGiven: Number(req.body.score),
    scoreMaximum: Number(req.body.maximum || 10),
    comment: req.body.comment || undefined,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded'
  }
  if (req.body.userId) score.userId = req.body.userId
  try {
    const lineItem = req.body.lineitem || token.platformContext.endpoint.lineitem
    return res.json({ sent: await lti.Grade.submitScore(token, lineItem, score) })
  } catch (err) {
    return failed(res, err)
  }
})

lti.app.get('/lineitems', async (req, res) => {
  const token = res.locals.token
  try {
    let page = await lti.Grade.getLineItems(token, req.query.limit ? { limit: Number(req.query.limit) } : undefined)
    const lineItems = [...page.lineItems]
    let pages = 1
    while (page.next && pages < 50) {
      page = await lti.Grade.getLineItems(token, { url: page.next })
      lineItems.push(...page.lineItems)
      pages++
    }
    return res.json({ lineItems, pages })
  } catch (err) {
    return failed(res, err)
  }
})

lti.app.post('/lineitems', async (req, res) => {
  try {
    return res.json(await lti.Grade.createLineItem(res.locals.token, {
      label: req.body.label,
      scoreMaximum: Number(req.body.scoreMaximum),
      tag: req.body.tag || undefined,
      resourceId: req.body.resourceId || undefined
    }))
  } catch (err) {
    return failed(res, err)
  }
})

lti.app.put('/lineitems', async (req, res) => {
  try {
    return res.json(await lti.Grade.updateLineItemById(res.locals.token, req.body.id, {
      label: req.body.label,
      scoreMaximum: Number(req.body.scoreMaximum),
      tag: req.body.tag || undefined
    }))
  } catch (err) {
    return failed(res, err)
  }
})

lti.app.delete('/lineitems', async (req, res) => {
  try {
    return res.json({ deleted: await lti.Grade.deleteLineItemById(res.locals.token, req.query.id) })
  } catch (err) {
    return failed(res, err)
  }
})

lti.app.get('/results', async (req, res) => {
  try {
    let page = await lti.Grade.getScores(res.locals.token, req.query.lineitem,
      req.query.limit ? { limit: Number(req.query.limit) } : undefined)
    const scores = [...page.scores]
    let pages = 1
    while (page.next && pages < 50) {
      page = await lti.Grade.getScores(res.locals.token, req.query.lineitem, { url: page.next })
      scores.push(...page.scores)
      pages++
    }
    return res.json({ scores, pages })
  } catch (err) {
    return failed(res, err)
  }
})

lti.app.get('/members', async (req, res) => {
  const token = res.locals.token
  const options = { pages: 1, resourceLinkId: req.query.rlid === 'true' }
  if (req.query.limit) options.limit = Number(req.query.limit)
  try {
    let page = await lti.NamesAndRoles.getMembers(token, options)
    const members = [...page.members]
    let pages = 1
    while (page.next && pages < 50) {
      page = await lti.NamesAndRoles.getMembers(token, { pages: 1, url: page.next })
      members.push(...page.members)
      pages++
    }
    return res.json({ context: page.context, members, pages })
  } catch (err) {
    return failed(res, err)
  }
})

async function main () {
  await lti.deploy({ serverless: true, silent: true })
  const server = lti.app.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port))
  const input = readline.createInterface({ input: process.stdin })
  input.on('line', async line => {
    try {
      const { platform, clientId } = JSON.parse(line)
      await lti.registerPlatform({
        url: platform,
        name: 'EduCloud',
        clientId,
        authenticationEndpoint: platform + '/lti/auth',
        accesstokenEndpoint: platform + '/lti/token',
        authConfig: { method: 'JWK_SET', key: platform + '/oidc/jwks' }
      })
      console.log('registered')
    } catch (err) {
      console.log('registration failed: ' + (err && err.message ? err.message : err))
    }
  })
  // the test closes standard input when it is done, or dies: either way the tool goes too
  input.on('close', () => process.exit(0))
}

main().catch(err => {
  console.log('start failed: ' + (err && err.stack ? err.stack : err))
  process.exit(1)
})
