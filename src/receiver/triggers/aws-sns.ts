import { checkSnsMessage, fetchCertOverHttps } from '../../core/verify/aws-sns.js';
import { own } from '../own.js';
import type { Trigger } from '../types.js';
import { jsonObject, optList } from './options.js';

/**
 * `aws_sns`: an SNS HTTP(S) subscription. The item is the whole SNS message (`Type`, `Message`,
 * `TopicArn` …), as Actionsflow's aws_sns trigger yields it; a `SubscriptionConfirmation` too
 * (the relay confirms those itself and does not forward them; an older relay does, and a job
 * can then confirm with its `SubscribeURL`). Options of ours: `topic_arn` (one or a list) keeps
 * only those topics; `verify_signature` (default true) checks the message signature with the
 * certificate from `SigningCertURL`, fetched only from an AWS SNS host. Raw message delivery
 * is unsigned, so it is refused unless `verify_signature` is false.
 */
export const awsSnsTrigger: Trigger = {
  name: 'aws_sns',
  webhooks(options) {
    return [
      {
        method: 'POST',
        async handler(request, context) {
          const verify = own(options, 'verify_signature') !== false;
          if (request.headers['x-amz-sns-rawdelivery'] === 'true') {
            if (verify) return { items: [], reason: 'raw message delivery carries no SNS signature; disable it on the subscription' };
            const raw = jsonObject(request.body);
            return raw ? { items: [{ ...raw }] } : { items: [], reason: 'the raw message is not a JSON object' };
          }
          const msg = jsonObject(request.body);
          if (!msg || typeof msg.Type !== 'string') return { items: [], reason: 'the body is not an SNS message' };
          const topics = optList(options, 'topic_arn');
          if (topics.length > 0 && !topics.includes(String(msg.TopicArn))) {
            return { items: [], reason: `topic ${String(msg.TopicArn)} is not one of topic_arn` };
          }
          if (verify) {
            const check = await checkSnsMessage(msg, context.fetchCert ?? fetchCertOverHttps);
            if (!check.ok) return { items: [], reason: `${check.reason} (set verify_signature: false to skip the check)` };
          }
          return { items: [{ ...msg }] };
        },
      },
    ];
  },
};
