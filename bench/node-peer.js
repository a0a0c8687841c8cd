// The Node.js peer: a fresh Node.js process that loads Klaviyo's klaviyo-api SDK, takes API Gateway events from the
// Lambda Runtime API named by AWS_LAMBDA_RUNTIME_API (as Lambda's Node.js runtime does, over node:http) and answers
// each createProfile with the SDK's ProfilesApi.createProfile against KLAVIYO_BASE_URL. It handles at most
// BENCH_MAX_INVOCATIONS events, then exits.
'use strict';
const http = require('node:http');
const { ApiKeySession, ProfilesApi } = require('klaviyo-api');

const runtimeApi = process.env.AWS_LAMBDA_RUNTIME_API;
const maxInvocations = Number(process.env.BENCH_MAX_INVOCATIONS || '1');
const profiles = new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_API_KEY));
profiles.basePath = process.env.KLAVIYO_BASE_URL;
const agent = new http.Agent({ keepAlive: true });

function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(`http://${runtimeApi}/2018-06-01/runtime/${path}`,
      { method, agent, headers: body === undefined ? {} : { 'Content-Type': 'application/json' } }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
    request.on('error', reject);
    request.end(body);
  });
}

function attributes(input) {
  return {
    email: input.email,
    phoneNumber: input.phone,
    firstName: input.firstName,
    lastName: input.lastName,
    organization: input.organization,
    title: input.title,
    locale: input.locale,
    location: input.location,
    properties: input.properties,
  };
}

async function main() {
  for (let handled = 0; handled < maxInvocations; handled++) {
    const next = await call('GET', 'invocation/next');
    const requestId = next.headers['lambda-runtime-aws-request-id'];
    const event = JSON.parse(next.body);
    const created = await profiles.createProfile({ data: { type: 'profile', attributes: attributes(JSON.parse(event.body)) } });
    const answer = {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ profile: created.body.data }),
      isBase64Encoded: false,
    };
    await call('POST', `invocation/${requestId}/response`, JSON.stringify(answer));
  }
  agent.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
