//! `follow_up_status_mismatch`: the follow-up log's latest status is not
//! the position's status (standard 1.1).

use crate::diagnostics::{Code, Detail, Message};
use crate::model::Programme;
use crate::validate::Context;

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    for (k, position) in p.positions.iter().enumerate() {
        let Some((date, logged)) = position
            .follow_up
            .iter()
            .rev()
            .find_map(|entry| Some((entry.date, entry.status?)))
        else {
            continue;
        };
        if logged != position.status {
            cx.push(
                Code::FollowUpStatusMismatch,
                format!("/positions/{k}/status"),
                Detail::new(Message::FollowUpStatusMismatch)
                    .with("id", position.id.as_str())
                    .with("status", position.status.as_str())
                    .with("logged", logged.as_str())
                    .with("date", date.to_string()),
            );
        }
    }
}
