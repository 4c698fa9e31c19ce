package telegram

import (
	"context"
	"fmt"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/bot"
)

// Introduce sets what a person sees of the bot before and around /start,
// in each language of intros (language_code, or none for the default): the
// description on the empty chat's screen, the short description on its
// profile, and the command menu of private chats; and, when group is not
// 0, groupMenu in the counsellors' group.
func (s *Service) Introduce(ctx context.Context, intros []bot.Intro, group int64, groupMenu []bot.Command) error {
	for _, in := range intros {
		code := func(params tgbotapi.Params) tgbotapi.Params {
			if in.Lang != "" {
				params["language_code"] = in.Lang
			}
			return params
		}
		calls := []struct {
			method string
			params tgbotapi.Params
		}{
			{"setMyDescription", code(tgbotapi.Params{"description": cut(in.Description, 512)})},
			{"setMyShortDescription", code(tgbotapi.Params{"short_description": cut(in.Short, 120)})},
			// Commands registered for every chat would show in groups:
			// people's commands are for private chats.
			{"deleteMyCommands", code(tgbotapi.Params{})},
			{"setMyCommands", code(commandParams(in.Commands, `{"type":"all_private_chats"}`))},
		}
		for _, c := range calls {
			if _, err := s.api.call(ctx, c.method, c.params); err != nil {
				return err
			}
		}
	}
	if group == 0 {
		return nil
	}
	_, err := s.api.call(ctx, "setMyCommands", commandParams(groupMenu, fmt.Sprintf(`{"type":"chat","chat_id":%d}`, group)))
	return err
}

// commandParams lists commands with their descriptions for a scope.
func commandParams(cmds []bot.Command, scope string) tgbotapi.Params {
	type command struct {
		Command     string `json:"command"`
		Description string `json:"description"`
	}
	list := make([]command, len(cmds))
	for i, c := range cmds {
		list[i] = command{c.Name, c.Description}
	}
	params := tgbotapi.Params{"scope": scope}
	_ = params.AddInterface("commands", list) // plain structs: this cannot fail
	return params
}
