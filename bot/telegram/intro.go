package telegram

import (
	"context"
	"fmt"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/locales"
)

// Introduce sets what a person sees of the bot before and around /start,
// in French (the default) and in Bambara (language_code "bm"): the
// description on the empty chat's screen, the short description on its
// profile, and the command menu — people's commands in private chats,
// and groupCommands in the counsellors' group when group is not 0. The
// text of each is the locale message bot_description,
// bot_short_description, cmd_<name>.
func (s *Service) Introduce(ctx context.Context, commands []string, group int64, groupCommands []string) error {
	for _, lang := range locales.Languages {
		p := locales.For(lang)
		code := func(params tgbotapi.Params) tgbotapi.Params {
			if lang != locales.French {
				params["language_code"] = lang
			}
			return params
		}
		calls := []struct {
			method string
			params tgbotapi.Params
		}{
			{"setMyDescription", code(tgbotapi.Params{"description": cut(p.T("bot_description", nil), 512)})},
			{"setMyShortDescription", code(tgbotapi.Params{"short_description": cut(p.T("bot_short_description", nil), 120)})},
			// Commands registered for every chat by earlier versions would
			// show in groups: people's commands are for private chats.
			{"deleteMyCommands", code(tgbotapi.Params{})},
			{"setMyCommands", code(commandParams(p, commands, `{"type":"all_private_chats"}`))},
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
	_, err := s.api.call(ctx, "setMyCommands", commandParams(locales.For(locales.French), groupCommands, fmt.Sprintf(`{"type":"chat","chat_id":%d}`, group)))
	return err
}

// commandParams lists commands with their descriptions for a scope.
func commandParams(p locales.Printer, names []string, scope string) tgbotapi.Params {
	type command struct {
		Command     string `json:"command"`
		Description string `json:"description"`
	}
	cmds := make([]command, len(names))
	for i, n := range names {
		cmds[i] = command{n, p.T("cmd_"+n, nil)}
	}
	params := tgbotapi.Params{"scope": scope}
	_ = params.AddInterface("commands", cmds) // plain structs: this cannot fail
	return params
}
